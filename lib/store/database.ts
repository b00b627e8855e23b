import Dexie, { type EntityTable } from 'dexie';
import { withDerived } from './annotations';
import type { Annotation, Page } from './types';

/**
 * ClaimLens's one database, in the extension's origin. Only extension pages
 * (background, popup, options) open it; content scripts ask the background.
 * Each schema change is a new version here, with an upgrade where data must move.
 */
export class ClaimLensDatabase extends Dexie {
  pages!: EntityTable<Page, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;

  constructor(name = 'claimlens') {
    super(name);
    this.version(1).stores({
      pages: 'id, site, lastVisit',
      annotations: 'id, pageId, createdAt, updatedAt, *tags, *terms',
    });
    // Version 2: a word index for search, and what each figure counts (terms become subject keys).
    // Annotations saved before get both; they have no context sentence, so an omitted noun stays unknown.
    this.version(2)
      .stores({ annotations: 'id, pageId, createdAt, updatedAt, *tags, *terms, *words' })
      .upgrade(async (tx) => {
        const pages = new Map((await tx.table<Page, string>('pages').toArray()).map((p) => [p.id, p]));
        await tx
          .table<Annotation, string>('annotations')
          .toCollection()
          .modify((a) => {
            Object.assign(a, withDerived({ ...a, context: a.context ?? '' }, pages.get(a.pageId)));
          });
      });
  }
}
