import type { FigureChange } from '../anchoring/figures';
import { extractClaims } from '../claims/extract';
import type { Quantity } from '../claims/types';
import type { AnchorCheck, SavedFigure } from '../store/types';
import { describeSubject, pointOf } from './relation';
import type { Subject } from './subject';

/** One saved figure of a tracked quantity, placed in time by its page's publish date (else when it was saved). */
export interface TrackedPoint {
  annotationId: string;
  quantity: Quantity;
  value: number;
  /** Milliseconds since 1970. */
  date: number;
  /** False when the page gave no publish date, and `date` is when the figure was saved. */
  dated: boolean;
  site: string;
  title: string;
  url: string;
  speaker: string | null;
  /** Set when this point is the saved figure's page updated since ("3,000 → 3,543"): the value it had when saved. */
  updatedFrom: number | null;
}

/** Saved figures that count the same quantity, from two pages or more, oldest first. */
export interface TrackedFigure {
  topic: string;
  points: TrackedPoint[];
}

// Figures of the same quantity share thing, owner, place and event; one night's counts are not tracked over time.
const trackKey = (s: Subject) => `${s.thing}|${s.owner?.key ?? ''}|${s.place?.key ?? ''}|${s.event ?? ''}`;

/**
 * Groups saved figures into tracked quantities: "North Korean troops in Russia", 3,000 then 10,000 then 12,000. A
 * saved figure whose page was found updated (`anchors`, by annotation id: "3,000 → 3,543") adds its new value as a
 * later point of the same timeline, an update over time, dated when the update was seen; one page so updated is
 * enough for a timeline.
 */
export function trackedFigures(figures: SavedFigure[], anchors: ReadonlyMap<string, AnchorCheck> = new Map()): TrackedFigure[] {
  const groups = new Map<string, { subject: Subject; points: TrackedPoint[] }>();
  for (const f of figures) {
    const value = pointOf(f.quantity);
    const subject = f.subject;
    if (!subject?.owner || subject.dated || subject.increment || value === null) continue;
    const published = f.page.publishedAt ? Date.parse(f.page.publishedAt) : NaN;
    const key = trackKey(subject);
    const group = groups.get(key) ?? { subject, points: [] };
    group.points.push({
      annotationId: f.annotationId,
      quantity: f.quantity,
      value,
      date: Number.isNaN(published) ? f.savedAt : published,
      dated: !Number.isNaN(published),
      site: f.page.site,
      title: f.page.title,
      url: f.page.url,
      speaker: f.speaker,
      updatedFrom: null,
    });
    const updated = updatedPoint(f, anchors.get(f.annotationId), value);
    if (updated) group.points.push(updated);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.points.map((p) => p.url)).size > 1 || g.points.some((p) => p.updatedFrom !== null))
    .map((g) => ({ topic: describeSubject(g.subject), points: g.points.sort((a, b) => a.date - b.date) }))
    .sort((a, b) => b.points.length - a.points.length);
}

/** The saved figure's new value, when its page was found with this figure updated; null otherwise. */
function updatedPoint(f: SavedFigure, anchor: AnchorCheck | undefined, saved: number): TrackedPoint | null {
  if (anchor?.status !== 'updated') return null;
  const change = anchor.changes.find((c) => f.quantity.text.includes(c.old));
  const quantity = change ? updatedQuantity(f, change) : null;
  const value = quantity ? pointOf(quantity) : null;
  if (!quantity || value === null || value === saved) return null;
  const published = f.page.publishedAt ? Date.parse(f.page.publishedAt) : NaN;
  return {
    annotationId: f.annotationId,
    quantity,
    value,
    // Seen updated when the page was last checked; never before the figure it updates.
    date: Math.max(anchor.checkedAt, Number.isNaN(published) ? f.savedAt : published),
    dated: true,
    site: f.page.site,
    title: f.page.title,
    url: f.page.url,
    speaker: f.speaker,
    updatedFrom: saved,
  };
}

/** The saved quantity with the change applied, read again by the extractor in its saved sentence ("3,000" → "3,543"). */
function updatedQuantity(f: SavedFigure, change: FigureChange): Quantity | null {
  const text = f.quantity.text.replace(change.old, change.new);
  const sentence = f.text.replace(f.quantity.text, text);
  const read = extractClaims(sentence)
    .claims.flatMap((c) => c.quantities)
    .find((q) => q.text === text);
  return read ? { ...read, start: f.quantity.start, end: f.quantity.start + text.length } : null;
}
