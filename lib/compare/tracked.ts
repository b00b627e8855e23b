import type { Quantity } from '../claims/types';
import type { Annotation, Page } from '../store/types';
import { describeSubject, pointOf } from './relation';
import type { Subject } from './subject';

/** One saved figure of a tracked quantity, placed in time by its page's publish date (else when it was saved). */
export interface TrackedPoint {
  annotationId: string;
  quantity: Quantity;
  value: number;
  /** Milliseconds since 1970. */
  date: number;
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
export function trackedFigures(annotations: Annotation[], pages: Map<string, Page>): TrackedFigure[] {
  const groups = new Map<string, { subject: Subject; points: TrackedPoint[] }>();
  for (const a of annotations) {
    const page = pages.get(a.pageId);
    a.subjects.forEach((subject, i) => {
      const quantity = a.quantities[i];
      const value = quantity && pointOf(quantity);
      if (!subject || !subject.owner || subject.dated || subject.increment || !quantity || value == null) return;
      const published = page?.publishedAt ? Date.parse(page.publishedAt) : NaN;
      const key = trackKey(subject);
      const group = groups.get(key) ?? { subject, points: [] };
      const speaker = a.attributions.find((x) => x.contentStart <= quantity.start && quantity.end <= x.contentEnd)?.speaker;
      group.points.push({
        annotationId: a.id,
        quantity,
        value,
        date: Number.isNaN(published) ? a.createdAt : published,
        site: page?.site ?? '',
        title: page?.title ?? '',
        url: page?.url ?? a.pageId,
        speaker: speaker ?? a.attributions[0]?.speaker ?? null,
      });
      groups.set(key, group);
    });
  }
  return [...groups.values()]
    .filter((g) => new Set(g.points.map((p) => p.url)).size > 1)
    .map((g) => ({ topic: describeSubject(g.subject), points: g.points.sort((a, b) => a.date - b.date) }))
    .sort((a, b) => b.points.length - a.points.length);
}
