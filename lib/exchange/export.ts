import * as v from 'valibot';
import { groupBy } from '../group-by';
import { AnnotationSchema, describeIssue, PageRecordSchema } from '../schemas';
import { type AnnotationContent, type Search, searchAnnotations } from '../store/annotations';
import type { ClaimLensDatabase } from '../store/database';
import type { Annotation, Page } from '../store/types';
import { csvRows, markdownAnnotation, markdownHead, markdownPage } from './formats';
import { COLLECTION_TAIL, collectionHead, toWebAnnotation } from './web-annotation';

export type ExportFormat = 'json' | 'csv' | 'markdown';

/** What to export: everything, one page's annotations, or a search (a tag, words, a site). */
export type ExportScope = { all: true } | { pageId: string } | { search: Search };

export const EXTENSIONS: Record<ExportFormat, { extension: string; type: string }> = {
  json: { extension: 'jsonld', type: 'application/ld+json' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
};

/** "claimlens-2026-11-23.jsonld": the file name carries the date. */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `claimlens-${now.toISOString().slice(0, 10)}.${EXTENSIONS[format].extension}`;
}

// Annotations read and written per step: memory stays the same whatever the count.
const BATCH = 500;

// An annotation's own content: the derived index fields are not exported (import computes them again).
function content({ subjects: _s, words: _w, ...own }: Annotation): AnnotationContent {
  return own;
}

/** A scope's annotations: how many, and then the annotations themselves in batches, oldest first. */
interface Selection {
  total: number;
  batches: () => AsyncGenerator<Annotation[]>;
  /** The whole selection, for a page or a search, which are read whole anyway; never for "everything". */
  list?: Annotation[];
}

/**
 * What a scope selects. A page or a search is read once, counted and cut
 * into batches (it is what the reader sees listed); "everything" is counted
 * and then read a batch at a time by id, so that it is never held whole.
 */
async function select(db: ClaimLensDatabase, scope: ExportScope): Promise<Selection> {
  if (!('all' in scope)) {
    const found =
      'pageId' in scope
        ? ((await db.annotations.where('pageId').equals(scope.pageId).sortBy('id')) as Annotation[])
        : (await searchAnnotations(db, { ...scope.search, limit: undefined })).reverse();
    return {
      total: found.length,
      list: found,
      batches: async function* () {
        for (let i = 0; i < found.length; i += BATCH) yield found.slice(i, i + BATCH);
      },
    };
  }
  return {
    total: await db.annotations.count(),
    batches: async function* () {
      let last: string | null = null;
      for (;;) {
        const batch: Annotation[] = await (last === null
          ? db.annotations.orderBy(':id').limit(BATCH).toArray()
          : db.annotations.where(':id').above(last).limit(BATCH).toArray());
        if (batch.length === 0) return;
        yield batch;
        last = (batch.at(-1) as Annotation).id;
      }
    },
  };
}

/** A record an export left out, and why: the rest is exported, and the library's repair can fix or remove it. */
export interface SkippedRecord {
  id: string;
  reason: string;
}

/**
 * A stored record as an export writes it, or why it cannot be: one damaged
 * record (a date in the year 318,857, a page without an address) is left out
 * and reported, and never stops the export of the others.
 */
function exportable<T>(
  a: Annotation,
  page: Page,
  format: (a: AnnotationContent, page: Page) => T,
): { value: T } | { skipped: SkippedRecord } {
  const skip = (reason: string) => ({ skipped: { id: String(a.id), reason } });
  const own = v.safeParse(AnnotationSchema, content(a));
  if (!own.success) return skip(describeIssue(own.issues));
  const where = v.safeParse(PageRecordSchema, page);
  if (!where.success) return skip(`page: ${describeIssue(where.issues)}`);
  try {
    return { value: format(own.output, where.output) };
  } catch (error) {
    return skip(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Writes a scope's annotations in a format, chunk by chunk, to `write`
 * (a file, Blob parts): nothing holds the whole export. Markdown is grouped
 * by page, so it reads each page's annotations together. Returns how many
 * were written; damaged records are left out and given to `onSkipped`.
 */
export async function exportAnnotations(
  db: ClaimLensDatabase,
  format: ExportFormat,
  scope: ExportScope,
  write: (chunk: string) => void | Promise<void>,
  onProgress: (done: number, total: number) => void = () => {},
  now = new Date(),
  onSkipped: (skipped: SkippedRecord) => void = () => {},
): Promise<number> {
  const { total, batches, list: selected } = await select(db, scope);
  const pages = new Map((await db.pages.toArray()).map((p) => [p.id, p]));
  const pageOf = (a: Annotation): Page =>
    pages.get(a.pageId) ?? {
      id: a.pageId,
      url: a.pageId,
      title: '',
      site: '',
      byline: null,
      publishedAt: null,
      firstVisit: a.createdAt,
      lastVisit: a.updatedAt,
    };
  let done = 0;
  let written = 0;
  // Each record formatted on its own; the damaged ones reported and left out.
  const formatted = <T>(list: Annotation[], format: (a: AnnotationContent, page: Page) => T): T[] => {
    const out: T[] = [];
    for (const a of list) {
      const one = exportable(a, pageOf(a), format);
      if ('skipped' in one) onSkipped(one.skipped);
      else out.push(one.value);
    }
    written += out.length;
    return out;
  };

  // One page's annotations under its heading, each checked and formatted alone.
  const writeMarkdownPage = async (list: Annotation[]) => {
    const page = pageOf(list[0] as Annotation);
    const notes = formatted(list, (a, checked) => markdownAnnotation(checked, a));
    if (notes.length > 0) await write(markdownPage(page, notes));
    onProgress((done += list.length), total);
  };

  if (format === 'markdown') {
    await write(markdownHead(total, now));
    // Grouped by page: "everything" goes page by page; a smaller scope, already in memory, is grouped there.
    if (!selected) {
      for (const page of pages.values()) {
        const list = (await db.annotations.where('pageId').equals(page.id).sortBy('createdAt')) as Annotation[];
        if (list.length === 0) continue;
        await writeMarkdownPage(list);
      }
    } else {
      for (const list of groupBy(selected, (a) => a.pageId).values()) await writeMarkdownPage(list);
    }
    return written;
  }

  if (format === 'json') await write(collectionHead(total, now));
  for await (const batch of batches()) {
    const before = written;
    if (format === 'json') {
      const items = formatted(batch, (a, page) => JSON.stringify(toWebAnnotation(a, page)));
      if (items.length > 0) await write(`${before > 0 ? ',\n' : ''}${items.join(',\n')}`);
    } else {
      const rows = formatted(batch, (a, page) => csvRows([{ annotation: a, page }], false));
      await write(`${before === 0 ? csvRows([], true) : ''}${rows.join('')}`);
    }
    onProgress((done += batch.length), total);
  }
  if (format === 'json') await write(COLLECTION_TAIL);
  if (format === 'csv' && done === 0) await write(csvRows([], true));
  return written;
}
