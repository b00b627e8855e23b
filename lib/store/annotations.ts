import type { Attribution, Quantity } from '../claims/types';
import type { ClaimLensDatabase } from './database';
import type { Annotation, Page } from './types';

/** What a page reports about itself when the reader saves from it. */
export type PageInfo = Omit<Page, 'firstVisit' | 'lastVisit'>;

/** A new annotation as the page sends it; the store adds ids, times and terms. */
export type NewAnnotation = Omit<Annotation, 'id' | 'terms' | 'createdAt' | 'updatedAt'>;

/** Words that let claims be found by what they are about: counted nouns and speakers, in a plain form. */
export function claimTerms(quantities: Quantity[], attributions: Attribution[]): string[] {
  const terms = new Set<string>();
  for (const q of quantities) if (q.unit) terms.add(singular(q.unit.toLowerCase()));
  for (const a of attributions) terms.add(a.speaker.toLowerCase());
  return [...terms];
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

/** Records a visit to a page: created on the first, its last-visit time moved on later ones. */
export async function recordVisit(db: ClaimLensDatabase, page: PageInfo, now = Date.now()): Promise<Page> {
  return db.transaction('rw', db.pages, async () => {
    const known = await db.pages.get(page.id);
    const record: Page = { ...page, firstVisit: known?.firstVisit ?? now, lastVisit: now };
    await db.pages.put(record);
    return record;
  });
}

/** Saves an annotation and its page in one transaction. */
export async function saveAnnotation(
  db: ClaimLensDatabase,
  page: PageInfo,
  input: NewAnnotation,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<Annotation> {
  return db.transaction('rw', db.pages, db.annotations, async () => {
    await recordVisit(db, page, now);
    const annotation: Annotation = {
      ...input,
      id,
      pageId: page.id,
      terms: claimTerms(input.quantities, input.attributions),
      createdAt: now,
      updatedAt: now,
    };
    await db.annotations.add(annotation);
    return annotation;
  });
}

/** Changes the note or tags of an annotation; returns the new record, or undefined when it no longer exists. */
export async function updateAnnotation(
  db: ClaimLensDatabase,
  id: string,
  changes: Partial<Pick<Annotation, 'note' | 'tags'>>,
  now = Date.now(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const known = await db.annotations.get(id);
    if (!known) return undefined;
    const updated: Annotation = { ...known, ...changes, updatedAt: now };
    await db.annotations.put(updated);
    return updated;
  });
}

/** Deletes an annotation and returns it, so that the reader can undo. */
export async function deleteAnnotation(db: ClaimLensDatabase, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const known = await db.annotations.get(id);
    if (known) await db.annotations.delete(id);
    return known;
  });
}

/** Puts back an annotation that was deleted (undo). */
export async function restoreAnnotation(db: ClaimLensDatabase, annotation: Annotation): Promise<void> {
  await db.annotations.put(annotation);
}

/** The annotations of one page, in reading order. */
export async function annotationsForPage(db: ClaimLensDatabase, pageId: string): Promise<Annotation[]> {
  const found = await db.annotations.where('pageId').equals(pageId).toArray();
  return found.sort((a, b) => a.selectors[1].start - b.selectors[1].start);
}

export interface Search {
  /** Words that must all appear in the text, note, speakers or page title. */
  text?: string;
  tag?: string;
  site?: string;
  limit?: number;
}

/** Saved annotations, newest first, matching a search. */
export async function searchAnnotations(db: ClaimLensDatabase, search: Search = {}): Promise<Annotation[]> {
  const words = (search.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const pages = search.site || words.length > 0 ? new Map((await db.pages.toArray()).map((p) => [p.id, p])) : null;
  const base = search.tag ? db.annotations.where('tags').equals(search.tag) : db.annotations.orderBy('createdAt');
  const matches = (a: Annotation) => {
    const page = pages?.get(a.pageId);
    if (search.site && page?.site !== search.site) return false;
    if (words.length === 0) return true;
    const haystack = [a.text, a.note, ...a.tags, ...a.attributions.map((x) => x.speaker), page?.title ?? '', page?.site ?? '']
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  };
  const found = await base.filter(matches).toArray();
  found.sort((a, b) => b.createdAt - a.createdAt);
  return search.limit ? found.slice(0, search.limit) : found;
}
