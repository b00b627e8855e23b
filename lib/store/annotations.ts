import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import { AnnotationInputSchema, describeIssue, PageRecordSchema } from '../schemas';
import { lastSentence } from '../compare/last-sentence';
import { describePassage } from '../compare/subject';
import { savedFigures } from './compare';
import type { ClaimLensDatabase } from './database';
import type { AnchorCheck, Annotation, Page } from './types';

/** What a page reports about itself when the reader saves from it. */
export type PageInfo = Omit<Page, 'firstVisit' | 'lastVisit'>;

/** The fields the store computes from an annotation's content, for its indexes; never taken from a request. */
export type Derived = 'subjects' | 'words';

/** A new annotation as the page sends it; the store adds ids, times and the derived fields. */
export type NewAnnotation = Omit<Annotation, 'id' | Derived | 'createdAt' | 'updatedAt'>;

/** An annotation's own content: what export and import carry. */
export type AnnotationContent = Omit<Annotation, Derived>;

// Words indexed per annotation, at most: enough for a long note, bounded for the index's size.
const MAX_INDEXED_WORDS = 400;

/** The distinct lower-case words of an annotation and of its page's title and site, for the search index. */
export function searchWords(
  a: Pick<Annotation, 'text' | 'note' | 'tags' | 'attributions'>,
  page?: Pick<Page, 'title' | 'site'>,
): string[] {
  const speakers = a.attributions.map((x) => x.speaker);
  const all = [a.text, a.note, ...a.tags, ...speakers, page?.title ?? '', page?.site ?? ''].join(' ').toLowerCase();
  return [...new Set(all.match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_INDEXED_WORDS);
}

/** Computes the derived fields: what each figure counts, and the search words. */
export function withDerived(a: AnnotationContent, page?: Pick<Page, 'title' | 'site'>): Annotation {
  const subjects = describePassage({ text: a.text, start: a.selectors[1].start, quantities: a.quantities, before: a.context });
  return { ...a, subjects, words: searchWords(a, page) };
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

// What a save must hold, whoever saves (the background for a page, the popup): the schemas of every way in.
// (The annotation's page is the page record's id, whatever its pageId says.)
const PageInfoSchema = v.omit(PageRecordSchema, ['firstVisit', 'lastVisit']);

/** Throws a clear error when `value` does not pass `schema`: "cannot save: text: Invalid length". */
function check(schema: v.GenericSchema, value: unknown, what: string): void {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Error(`cannot save ${what}: ${describeIssue(result.issues)}`);
}

/** Saves an annotation, its page and its figures in one transaction; an invalid one is refused whole. */
export async function saveAnnotation(
  db: ClaimLensDatabase,
  page: PageInfo,
  input: NewAnnotation,
  now = Date.now(),
  id: string = timeOrderedId(now),
): Promise<Annotation> {
  check(AnnotationInputSchema, input, 'the annotation');
  check(PageInfoSchema, page, 'its page');
  return db.transaction('rw', db.pages, db.annotations, db.figures, async () => {
    const record = await recordVisit(db, page, now);
    // A page sends the text before the claim; what is kept is its last sentence, by the extractor's splitter.
    const content = { ...input, context: lastSentence(input.context), id, pageId: page.id, createdAt: now, updatedAt: now };
    const annotation = withDerived(content, page);
    await db.annotations.add(annotation);
    await db.figures.bulkPut(savedFigures(annotation, record));
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
  check(v.partial(v.pick(AnnotationInputSchema, ['note', 'tags'])), changes, 'the change');
  return db.transaction('rw', db.annotations, db.pages, async () => {
    const known = await db.annotations.get(id);
    if (!known) return undefined;
    const page = await db.pages.get(known.pageId);
    const updated = withDerived({ ...known, ...changes, updatedAt: now }, page);
    await db.annotations.put(updated);
    return updated;
  });
}

/** Records how a page's annotations were last found on it (see AnchorCheck); others' ids are ignored. Returns how many changed. */
export async function recordAnchors(
  db: ClaimLensDatabase,
  pageId: string,
  checks: Array<{ id: string } & Omit<AnchorCheck, 'checkedAt'>>,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    let written = 0;
    for (const { id, status, changes } of checks) {
      const known = await db.annotations.get(id);
      if (known?.pageId !== pageId) continue;
      await db.annotations.update(id, { anchor: { status, changes, checkedAt: now } });
      written++;
    }
    return written;
  });
}

/** Deletes an annotation and returns it, so that the reader can undo. */
export async function deleteAnnotation(db: ClaimLensDatabase, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, db.figures, async () => {
    const known = await db.annotations.get(id);
    if (known) await db.annotations.delete(id);
    await db.figures.where('annotationId').equals(id).delete();
    return known;
  });
}

/** Puts back an annotation that was deleted (undo); its derived fields are computed again. */
export async function restoreAnnotation(db: ClaimLensDatabase, annotation: AnnotationContent): Promise<Annotation> {
  return db.transaction('rw', db.annotations, db.pages, db.figures, async () => {
    const page = await db.pages.get(annotation.pageId);
    const restored = withDerived(annotation, page);
    await db.annotations.put(restored);
    await db.figures.bulkPut(savedFigures(restored, page));
    return restored;
  });
}

/** A UUID whose order is the order of creation (version 7), so that an index lists the newest last. */
export function timeOrderedId(now = Date.now()): string {
  return uuidv7({ msecs: now });
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

// Keys read per word or tag to find out whether it narrows a search: IndexedDB reads keys at
// about 15 µs each, so a common word's full key list would cost more than the search itself.
const NARROW = 500;
// Records read at a time while collecting search results.
const PAGE = 50;

/**
 * Saved annotations, newest first, matching a search. Each query word must
 * start a word of the annotation (its text, note, tags, speakers or page
 * title and site). A word or tag with few matches gives the candidates'
 * keys, read newest first (ids are time-ordered) until the limit. When every
 * word is common, the first word's (or the tag's) index is read backwards,
 * newest first, and the other words are checked on the records.
 */
export async function searchAnnotations(db: ClaimLensDatabase, search: Search = {}): Promise<Annotation[]> {
  const words = [...new Set((search.text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  const sites = search.site ? new Set((await db.pages.where('site').equals(search.site).primaryKeys()) as string[]) : null;
  const matches = (a: Annotation) =>
    (!sites || sites.has(a.pageId)) &&
    (!search.tag || a.tags.includes(search.tag)) &&
    words.every((w) => a.words.some((x) => x.startsWith(w)));
  const limit = search.limit ?? Infinity;
  const newestFirst = (found: Annotation[]) => found.sort((a, b) => b.createdAt - a.createdAt);

  const lookups = words.map((w) => db.annotations.where('words').startsWith(w));
  if (search.tag) lookups.unshift(db.annotations.where('tags').equals(search.tag));
  const narrowing = (
    await Promise.all(
      lookups.map((l) =>
        l
          .clone()
          .limit(NARROW + 1)
          .primaryKeys(),
      ),
    )
  )
    .filter((ids) => ids.length <= NARROW)
    .map((ids) => new Set(ids as string[]));
  const [driver] = lookups;
  if (narrowing.length === 0 && driver) {
    return newestFirst(await driver.reverse().filter(matches).limit(limit).toArray());
  }
  if (narrowing.length === 0) {
    return db.annotations.orderBy('createdAt').reverse().filter(matches).limit(limit).toArray();
  }
  narrowing.sort((a, b) => a.size - b.size);
  const [fewest, ...others] = narrowing as [Set<string>, ...Array<Set<string>>];
  const ids = [...fewest].filter((id) => others.every((s) => s.has(id))).sort((a, b) => (a < b ? 1 : -1));
  const found: Annotation[] = [];
  for (let from = 0; from < ids.length && found.length < limit; from += PAGE) {
    const records = await db.annotations.bulkGet(ids.slice(from, from + PAGE));
    for (const a of records) if (a && matches(a) && found.length < limit) found.push(a);
  }
  return newestFirst(found);
}
