import type { Quantity } from '../claims/types';
import { asUpdate, type Comparison, compareFigures, describeSubject, pointOf } from '../compare/relation';
import type { Match } from '../compare/match';
import { matchSaved, readingKey, readOnPage, storedReading, storyOfPassages } from '../compare/saved';
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

/**
 * The figures of an annotation, as the figures table keeps them (see SavedFigure): by subject key where the
 * state-owner rules read a subject, else by the key of the figure's reading (money, percentages, measures, counts
 * of people by their event), so that every kind is found again by an index range.
 */
export function savedFigures(
  a: Annotation,
  page: Pick<Page, 'url' | 'title' | 'site' | 'publishedAt'> | undefined,
): SavedFigure[] {
  const newness = Math.max(0, LATEST - a.createdAt)
    .toString(36)
    .padStart(9, '0');
  const source = {
    url: page?.url ?? a.pageId,
    title: page?.title ?? '',
    site: page?.site ?? '',
    publishedAt: page?.publishedAt ?? null,
  };
  return a.quantities.flatMap((quantity, index) => {
    const subject = a.subjects[index] ?? null;
    // What the comparison reads of it, read once here: compared, it is taken as stored (saved.ts).
    const read = storedReading({ pageId: a.pageId, text: a.text, quantity, page: source });
    const reading = subject ? undefined : (readingKey(read) ?? undefined);
    const key = subject ? subjectKey(subject) : reading;
    if (!key) return [];
    const figure: SavedFigure = {
      id: `${key}${newness}|${a.id}|${index}`,
      annotationId: a.id,
      pageId: a.pageId,
      quantity,
      subject,
      text: a.text,
      speaker: speakerOf(a, quantity),
      page: source,
      savedAt: a.createdAt,
      ...(reading ? { reading } : {}),
      ...(read ? { read } : {}),
    };
    return [figure];
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
  let pageStory: Story | null = null;
  const onPage = () => ({ id: page.id, story: (pageStory ??= storyOfPassages(page.id, passages, page.publishedAt)) });
  const figures = passages.flatMap((p) => figuresOf(p, onPage));
  const keys = [...new Set(figures.map((f) => f.key))];
  const found = await db.newestFigures.get(keys);
  const byKey = new Map(keys.map((k) => [k, (found.get(k) ?? []).filter((f) => f.pageId !== page.id).slice(0, PER_KEY)]));

  const result: FigureMatches[] = [];
  for (const f of figures) {
    const matches: SavedMatch[] = [];
    for (const saved of byKey.get(f.key) ?? []) {
      const here = { quantity: f.quantity, publishedAt: page.publishedAt };
      const there = { quantity: saved.quantity, publishedAt: saved.page.publishedAt };
      const readings = () => matchSaved(onPage(), f.passage, f.quantity, saved);
      const compared =
        f.subject && saved.subject
          ? upgradeRelated(compareFigures({ ...here, subject: f.subject }, { ...there, subject: saved.subject }), readings)
          : byReading(f.quantity, saved.quantity, readings);
      if (!compared) continue;
      const comparison = asUpdate(compared, here, there);
      const { annotationId, quantity, text, speaker, page: source, savedAt } = saved;
      matches.push({ annotationId, quantity, text, speaker, page: source, savedAt, comparison });
    }
    if (matches.length === 0) continue;
    matches.sort((a, b) => b.comparison.score - a.comparison.score || b.savedAt - a.savedAt);
    result.push({ start: f.quantity.start, end: f.quantity.end, topic: f.topic, matches: matches.slice(0, SHOWN) });
  }
  return result;
}

/** A page's figure with the key its candidates are kept under. */
interface PageFigure {
  quantity: Quantity;
  subject: Subject | null;
  passage: Passage;
  key: string;
  topic: string;
}

/** The figures of a passage: by subject where the state-owner rules read one, else by reading (money, measures…). */
function figuresOf(p: Passage, onPage: () => { id: string; story: Story }): PageFigure[] {
  return subjectsOf(p).flatMap((subject, i): PageFigure[] => {
    const quantity = p.quantities[i];
    if (!quantity) return [];
    if (subject) return [{ quantity, subject, passage: p, key: subjectKey(subject), topic: describeSubject(subject) }];
    const reading = readOnPage(onPage(), p, quantity);
    const key = readingKey(reading);
    return key && reading ? [{ quantity, subject: null, passage: p, key, topic: reading.thing ?? reading.measure }] : [];
  });
}

// Passages whose subjects are kept: a page is compared again on every load and re-render, with the same passages as
// new objects; the last pages' passages are known by what they say. (A long page's are a few hundred.)
const SUBJECTS_KEPT = 5000;
const SUBJECTS = new Map<string, Array<Subject | null>>();

/** What the state-owner rules read for each figure of a passage, read once while the passage is kept. */
function subjectsOf(p: Passage): Array<Subject | null> {
  const key = JSON.stringify([p.start, p.text, p.before, p.quantities]);
  let subjects = SUBJECTS.get(key);
  if (!subjects) {
    if (SUBJECTS.size >= SUBJECTS_KEPT) SUBJECTS.clear();
    SUBJECTS.set(key, (subjects = describePassage(p)));
  }
  return subjects;
}

/** Two figures known by their readings only: what the readings say, or nothing. */
function byReading(a: Quantity, b: Quantity, readings: () => Match | null): Comparison | null {
  const match = readings();
  if (!match || match.verdict === 'none') return null;
  const [x, y] = [pointOf(a), pointOf(b)];
  return { relation: match.verdict, ratio: x !== null && y ? x / y : null, reason: match.reason, score: 0.9 };
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
