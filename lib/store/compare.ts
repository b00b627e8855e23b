import type { Quantity } from '../claims/types';
import { type Comparison, compareFigures, describeSubject } from '../compare/relation';
import { describePassage, type Passage, type Subject } from '../compare/subject';
import type { ClaimLensDatabase } from './database';
import type { Annotation, Page } from './types';

/** The index key of a subject: counted thing and owner ("troops|PRK"); figures with other keys never compare. */
export function subjectKey(s: Subject): string {
  return `${s.thing}|${s.owner?.key ?? ''}`;
}

/** The keys to look a subject's saved counterparts up by: its own, and the owner-less one of its thing. */
function lookupKeys(s: Subject): string[] {
  return s.owner ? [subjectKey(s), `${s.thing}|`] : [subjectKey(s)];
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

// Saved annotations read per key, newest first (ids are time-ordered): enough to show, bounded at any store size.
const PER_KEY = 40;
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
  const keys = [...new Set(figures.flatMap((f) => lookupKeys(f.subject)))];
  const [annotations, pages] = await db.transaction('r', db.annotations, db.pages, async () => {
    const ids = await Promise.all(
      keys.map((k) => db.annotations.where('terms').equals(k).reverse().limit(PER_KEY).primaryKeys()),
    );
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
    for (const key of lookupKeys(f.subject)) {
      for (const { annotation, index } of byKey.get(key) ?? []) {
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
          speaker: annotation.attributions[0]?.speaker ?? null,
          page: { url: savedPage.url, title: savedPage.title, site: savedPage.site, publishedAt: savedPage.publishedAt },
          savedAt: annotation.createdAt,
          comparison,
        });
      }
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
