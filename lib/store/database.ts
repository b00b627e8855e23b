import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { withDerived } from './annotations';
import { savedFigures } from './compare';
import { NewestFigures } from './newest-figures';
import { repairRecords } from './repair';
import type { Annotation, Page, SavedFigure } from './types';

/**
 * ClaimLens's one database, in the extension's origin. Only extension pages
 * (background, popup, options) open it; content scripts ask the background.
 * Each schema change is a new version here, with an upgrade where data must move.
 */
export class ClaimLensDatabase extends Dexie {
  pages!: EntityTable<Page, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  figures!: EntityTable<SavedFigure, 'id'>;
  /** What comparisons read from `figures`, kept until it changes. */
  readonly newestFigures = new NewestFigures(this);

  constructor(name = 'claimlens') {
    super(name);
    this.version(1).stores({
      pages: 'id, site, lastVisit',
      annotations: 'id, pageId, createdAt, updatedAt, *tags, *terms',
    });
    // Version 2: a word index for search, what each figure counts, and the saved figures apart, for
    // comparison (replacing the counted-noun terms). Annotations saved before get all of it; they have no
    // context sentence, so a figure whose noun was left out stays without a subject.
    this.version(2)
      .stores({ annotations: 'id, pageId, createdAt, updatedAt, *tags, *words', figures: 'id, annotationId' })
      .upgrade(async (tx) => {
        const pages = new Map((await tx.table<Page, string>('pages').toArray()).map((p) => [p.id, p]));
        const figures: SavedFigure[] = [];
        await tx
          .table<Annotation & { terms?: string[] }, string>('annotations')
          .toCollection()
          .modify((a) => {
            const page = pages.get(a.pageId);
            const { terms: _, ...content } = a;
            const derived = withDerived({ ...content, context: a.context ?? '' }, page);
            delete a.terms;
            Object.assign(a, derived);
            figures.push(...savedFigures(derived, page));
          });
        await tx.table<SavedFigure, string>('figures').bulkAdd(figures);
      });
    // Version 3: figures by when they were saved, so that the tracked view reads the newest whatever they
    // count (in id order it read the subjects that sort first, and past its limit left the others out).
    this.version(3).stores({ figures: 'id, annotationId, savedAt' });
    // Version 4: every record checked with the schemas of every way in, which earlier versions let through
    // (an import dated 1e16 made every export fail): dates are fixed, records beyond repair removed.
    this.version(4).upgrade((tx) =>
      repairRecords({
        pages: tx.table('pages'),
        annotations: tx.table('annotations'),
        figures: tx.table('figures'),
      }).then(() => {}),
    );
    // Version 5: figures that count no state-owned thing (money, percentages, measures, people by their event) are
    // kept too, under the key of their reading ("~money||"), so that the background compares every kind by an index
    // range as the compare command does. Each annotation's figures are derived again; those kept before keep their ids.
    this.version(5).upgrade(async (tx) => {
      const pages = new Map((await tx.table<Page, string>('pages').toArray()).map((p) => [p.id, p]));
      const figures: SavedFigure[] = [];
      await tx
        .table<Annotation, string>('annotations')
        .toCollection()
        .each((a) => {
          figures.push(...savedFigures(a, pages.get(a.pageId)).filter((f) => f.reading));
        });
      await tx.table<SavedFigure, string>('figures').bulkPut(figures);
    });
    // Version 6: each figure keeps what the comparison reads of it in its sentence (SavedFigure.read), read when it is
    // saved, so that comparing reads no saved sentence again. The figures, all derived, are derived anew with it.
    this.version(6).upgrade((tx) => refigure(tx));
  }
}

// Figures written per bulk write of an upgrade: all of a large library's at once would hold every reading in memory.
const REFIGURE_BATCH = 5000;

/**
 * Derives every annotation's figures again (the figures table holds nothing else), in batches: what an upgrade does
 * when what a figure keeps changes. Cleared first, so that a figure whose key the rules now read otherwise is not
 * left under its old one.
 */
async function refigure(tx: Transaction): Promise<void> {
  const pages = new Map((await tx.table<Page, string>('pages').toArray()).map((p) => [p.id, p]));
  const annotations = tx.table<Annotation, string>('annotations');
  const figures = tx.table<SavedFigure, string>('figures');
  await figures.clear();
  // Batch after batch by id, each read from where the last ended (an offset would walk past all before it).
  for (let after = ''; ;) {
    const batch = await annotations.where(':id').above(after).limit(REFIGURE_BATCH).toArray();
    await figures.bulkAdd(batch.flatMap((a) => savedFigures(a, pages.get(a.pageId))));
    if (batch.length < REFIGURE_BATCH) return;
    after = batch.at(-1)?.id ?? after;
  }
}
