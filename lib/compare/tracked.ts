import type { Quantity } from '../claims/types';
import type { SavedFigure } from '../store/types';
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
}

/** Saved figures that count the same quantity, from two pages or more, oldest first. */
export interface TrackedFigure {
  topic: string;
  points: TrackedPoint[];
}

// Figures of the same quantity share thing, owner, place and event; one night's counts are not tracked over time.
const trackKey = (s: Subject) => `${s.thing}|${s.owner?.key ?? ''}|${s.place?.key ?? ''}|${s.event ?? ''}`;

/** Groups saved figures into tracked quantities: "North Korean troops in Russia", 3,000 then 10,000 then 12,000. */
export function trackedFigures(figures: SavedFigure[]): TrackedFigure[] {
  const groups = new Map<string, { subject: Subject; points: TrackedPoint[] }>();
  for (const f of figures) {
    const value = pointOf(f.quantity);
    if (!f.subject.owner || f.subject.dated || f.subject.increment || value === null) continue;
    const published = f.page.publishedAt ? Date.parse(f.page.publishedAt) : NaN;
    const key = trackKey(f.subject);
    const group = groups.get(key) ?? { subject: f.subject, points: [] };
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
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.points.map((p) => p.url)).size > 1)
    .map((g) => ({ topic: describeSubject(g.subject), points: g.points.sort((a, b) => a.date - b.date) }))
    .sort((a, b) => b.points.length - a.points.length);
}
