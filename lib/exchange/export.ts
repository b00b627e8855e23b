import { groupBy } from '../group-by';
import { type AnnotationContent, type Search, searchAnnotations } from '../store/annotations';
import type { ClaimLensDatabase } from '../store/database';
import type { Annotation, Page } from '../store/types';
import { csvRows, markdownHead, markdownPage } from './formats';
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

/**
 * Writes a scope's annotations in a format, chunk by chunk, to `write`
 * (a file, Blob parts): nothing holds the whole export. Markdown is grouped
 * by page, so it reads each page's annotations together.
 */
export async function exportAnnotations(
  db: ClaimLensDatabase,
  format: ExportFormat,
  scope: ExportScope,
  write: (chunk: string) => void | Promise<void>,
  onProgress: (done: number, total: number) => void = () => {},
  now = new Date(),
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
      firstVisit: 0,
      lastVisit: 0,
    };
  let done = 0;

  if (format === 'markdown') {
    await write(markdownHead(total, now));
    // Grouped by page: "everything" goes page by page; a smaller scope, already in memory, is grouped there.
    if (!selected) {
      for (const page of pages.values()) {
        const list = (await db.annotations.where('pageId').equals(page.id).sortBy('createdAt')) as Annotation[];
        if (list.length === 0) continue;
        await write(markdownPage(page, list.map(content)));
        onProgress((done += list.length), total);
      }
    } else {
      for (const list of groupBy(selected, (a) => a.pageId).values()) {
        await write(markdownPage(pageOf(list[0] as Annotation), list.map(content)));
        onProgress((done += list.length), total);
      }
    }
    return done;
  }

  if (format === 'json') await write(collectionHead(total, now));
  for await (const batch of batches()) {
    if (format === 'json') {
      const items = batch.map((a) => JSON.stringify(toWebAnnotation(content(a), pageOf(a))));
      await write(`${done > 0 ? ',\n' : ''}${items.join(',\n')}`);
    } else {
      await write(
        csvRows(
          batch.map((a) => ({ annotation: content(a), page: pageOf(a) })),
          done === 0,
        ),
      );
    }
    onProgress((done += batch.length), total);
  }
  if (format === 'json') await write(COLLECTION_TAIL);
  if (format === 'csv' && done === 0) await write(csvRows([], true));
  return done;
}
