import type { Quantity } from '../claims/types';
import { asUpdate, type Comparison, compareFigures, describeSubject } from '../compare/relation';
import type { Match } from '../compare/match';
import { matchSaved, storyOfPassages } from '../compare/saved';
import type { Story } from '../compare/story';
import { describePassage, type Passage, type Subject } from '../compare/subject';
import type { ClaimLensDatabase } from './database';
import type { AnchorCheck, Annotation, Page, SavedFigure } from './types';

/** The index key of a subject: counted thing and owner ("troops|PRK"); figures with other keys never compare. */
export function subjectKey(s: Subject): string {
  return `${s.thing}|${s.owner?.key ?? ''}|`;
}

// Figure ids go on with the time left until LATEST, so that within a key the newest figure comes first.
const LATEST = 36 ** 9 - 1;

/** The figures of an annotation, as the figures table keeps them (see SavedFigure). */
export function savedFigures(
  a: Annotation,
  page: Pick<Page, 'url' | 'title' | 'site' | 'publishedAt'> | undefined,
): SavedFigure[] {
  const newness = Math.max(0, LATEST - a.createdAt)
    .toString(36)
    .padStart(9, '0');
  return a.subjects.flatMap((subject, index) => {
    const quantity = a.quantities[index];
    if (!subject || !quantity) return [];
    return [
      {
        id: `${subjectKey(subject)}${newness}|${a.id}|${index}`,
        annotationId: a.id,
        pageId: a.pageId,
        quantity,
        subject,
        text: a.text,
        speaker: speakerOf(a, quantity),
        page: {
          url: page?.url ?? a.pageId,
          title: page?.title ?? '',
          site: page?.site ?? '',
          publishedAt: page?.publishedAt ?? null,
        },
        savedAt: a.createdAt,
      },
    ];
  });
}

/** The newest saved figures, whatever they count, for the tracked view: bounded at any store size. */
export function newestSavedFigures(db: ClaimLensDatabase, limit: number): Promise<SavedFigure[]> {
  return db.figures.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** How each saved figure's annotation was last found on its page, by annotation id (figures never re-anchored are absent). */
export async function anchorsOf(db: ClaimLensDatabase, figures: SavedFigure[]): Promise<Map<string, AnchorCheck>> {
  const ids = [...new Set(figures.map((f) => f.annotationId))];
  const annotations = await db.annotations.bulkGet(ids);
  return new Map(annotations.flatMap((a) => (a?.anchor ? [[a.id, a.anchor] as const] : [])));
}

/** A saved figure a page's figure was compared with. */
export interface SavedMatch {
  annotationId: string;
  quantity: Quantity;
  /** The saved claim's sentence and its source. */
  text: string;
  speaker: string | null;
  page: Pick<Page, 'url' | 'title' | 'site' | 'publishedAt'>;
  savedAt: number;
  comparison: Comparison;
}

/** What one figure of the page matched among saved ones, best first. */
export interface FigureMatches {
  start: number;
  end: number;
  topic: string;
  matches: SavedMatch[];
}

// Saved figures compared per key, newest first: enough to show, bounded at any store size.
export const PER_KEY = 5;
// Matches listed per figure.
const SHOWN = 5;

/**
 * Compares a page's figures with the reader's saved ones. Candidates are
 * the newest few figures of each subject key (NewestFigures: an index
 * range per key, kept in memory until the figures change), never a scan;
 * figures saved from the page itself are left out.
 */
export async function compareWithSaved(
  db: ClaimLensDatabase,
  page: { id: string; publishedAt: string | null },
  passages: Passage[],
): Promise<FigureMatches[]> {
  const figures = passages.flatMap((p) =>
    describePassage(p).flatMap((subject, i) => {
      const quantity = p.quantities[i];
      return subject && quantity ? [{ quantity, subject, passage: p }] : [];
    }),
  );
  const keys = [...new Set(figures.map((f) => subjectKey(f.subject)))];
  const found = await db.newestFigures.get(keys);
  const byKey = new Map(keys.map((k) => [k, (found.get(k) ?? []).filter((f) => f.pageId !== page.id).slice(0, PER_KEY)]));

  let pageStory: Story | null = null;
  const story = () => (pageStory ??= storyOfPassages(page.id, passages, page.publishedAt));
  const result: FigureMatches[] = [];
  for (const f of figures) {
    const matches: SavedMatch[] = [];
    for (const saved of byKey.get(subjectKey(f.subject)) ?? []) {
      const here = { quantity: f.quantity, subject: f.subject, publishedAt: page.publishedAt };
      const there = { quantity: saved.quantity, subject: saved.subject, publishedAt: saved.page.publishedAt };
      const compared = upgradeRelated(compareFigures(here, there), () =>
        matchSaved({ id: page.id, story: story() }, f.passage, f.quantity, saved),
      );
      if (!compared) continue;
      const comparison = asUpdate(compared, here, there);
      const { annotationId, quantity, text, speaker, page: source, savedAt } = saved;
      matches.push({ annotationId, quantity, text, speaker, page: source, savedAt, comparison });
    }
    if (matches.length === 0) continue;
    matches.sort((a, b) => b.comparison.score - a.comparison.score || b.savedAt - a.savedAt);
    result.push({
      start: f.quantity.start,
      end: f.quantity.end,
      topic: describeSubject(f.subject),
      matches: matches.slice(0, SHOWN),
    });
  }
  return result;
}

/**
 * Where the state-owner rules can only say "related" (no owner on one side), the readings of the two sentences may
 * say more: the same people killed, the same sum ("same: people killed (killing, the people, killed)").
 */
function upgradeRelated(comparison: Comparison | null, readings: () => Match | null): Comparison | null {
  if (comparison?.relation !== 'related') return comparison;
  const match = readings();
  if (!match || match.verdict === 'none') return comparison;
  return { relation: match.verdict, ratio: comparison.ratio, reason: match.reason, score: 0.9 };
}

/** Who said a saved figure: the statement that holds it, else the claim's first speaker. */
function speakerOf(annotation: Annotation, q: Quantity): string | null {
  const holding = annotation.attributions.find((a) => a.contentStart <= q.start && q.end <= a.contentEnd);
  return (holding ?? annotation.attributions[0])?.speaker ?? null;
}
