import Dexie, { type EntityTable } from 'dexie';
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
  }
}
