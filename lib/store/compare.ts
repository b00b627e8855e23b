import type { Quantity } from '../claims/types';
import { type Comparison, compareFigures, describeSubject } from '../compare/relation';
import { describePassage, type Passage, type Subject } from '../compare/subject';
import type { ClaimLensDatabase } from './database';
import type { Annotation, Page } from './types';

/** The index key of a subject: counted thing and owner ("troops|PRK"); figures with other keys never compare. */
export function subjectKey(s: Subject): string {
  return `${s.thing}|${s.owner?.key ?? ''}|`;
}

// Index entries end with the time left until LATEST, so that within a key the newest entry comes first:
// the newest saved figures of a key are then one bounded key read, not a cursor stepped backwards.
const LATEST = 36 ** 9 - 1;

/** The index entries of an annotation: each subject key followed by how new the annotation is. */
export function subjectTerms(subjects: Array<Subject | null>, createdAt: number): string[] {
  const newness = Math.max(0, LATEST - createdAt)
    .toString(36)
    .padStart(9, '0');
  return [...new Set(subjects.flatMap((s) => (s ? [`${subjectKey(s)}${newness}`] : [])))];
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

// Saved annotations read per key, newest first: enough to show, bounded at any store size.
const PER_KEY = 5;
// Matches listed per figure.
const SHOWN = 5;

/**
 * Compares a page's figures with the reader's saved ones. Candidates come
 * from the subject index (newest PER_KEY per key), never from a scan;
 * annotations of the page itself are left out.
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
  const [annotations, pages] = await db.transaction('r', db.annotations, db.pages, async () => {
    const ids = await Promise.all(keys.map((k) => db.annotations.where('terms').startsWith(k).limit(PER_KEY).primaryKeys()));
    const found = (await db.annotations.bulkGet([...new Set(ids.flat())])).filter(
      (a): a is Annotation => a !== undefined && a.pageId !== page.id,
    );
    const pageRecords = await db.pages.bulkGet([...new Set(found.map((a) => a.pageId))]);
    return [found, new Map(pageRecords.filter((p): p is Page => p !== undefined).map((p) => [p.id, p]))] as const;
  });

  const byKey = new Map<string, Array<{ annotation: Annotation; index: number }>>();
  for (const annotation of annotations) {
    annotation.subjects.forEach((s, index) => {
      if (!s) return;
      const key = subjectKey(s);
      byKey.set(key, [...(byKey.get(key) ?? []), { annotation, index }]);
    });
  }

  const result: FigureMatches[] = [];
  for (const f of figures) {
    const matches: SavedMatch[] = [];
    for (const { annotation, index } of byKey.get(subjectKey(f.subject)) ?? []) {
      const saved = annotation.quantities[index] as Quantity;
      const savedPage = pages.get(annotation.pageId);
      const comparison = compareFigures(
        { quantity: f.quantity, subject: f.subject, publishedAt: page.publishedAt },
        { quantity: saved, subject: annotation.subjects[index] as Subject, publishedAt: savedPage?.publishedAt ?? null },
      );
      if (!comparison || !savedPage) continue;
      matches.push({
        annotationId: annotation.id,
        quantity: saved,
        text: annotation.text,
        speaker: speakerOf(annotation, saved),
        page: { url: savedPage.url, title: savedPage.title, site: savedPage.site, publishedAt: savedPage.publishedAt },
        savedAt: annotation.createdAt,
        comparison,
      });
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

/** Who said a saved figure: the statement that holds it, else the claim's first speaker. */
function speakerOf(annotation: Annotation, q: Quantity): string | null {
  const holding = annotation.attributions.find((a) => a.contentStart <= q.start && q.end <= a.contentEnd);
  return (holding ?? annotation.attributions[0])?.speaker ?? null;
}
