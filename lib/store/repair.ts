import type { EntityTable } from 'dexie';
import * as v from 'valibot';
import { AnnotationSchema, EARLIEST_TIME, LATEST_TIME, PageRecordSchema } from '../schemas';
import { withDerived } from './annotations';
import { savedFigures } from './compare';
import type { ClaimLensDatabase } from './database';
import type { Annotation, Page, SavedFigure } from './types';

/** What a repair did: records whose dates it fixed, and records it removed as beyond repair. */
export interface Repairs {
  fixed: string[];
  removed: string[];
}

/** The tables a repair works on: the database's, or an upgrade transaction's. */
export interface RepairTables {
  pages: EntityTable<Page, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  figures: EntityTable<SavedFigure, 'id'>;
}

const inRange = (t: unknown): t is number => Number.isInteger(t) && (t as number) >= EARLIEST_TIME && (t as number) < LATEST_TIME;

/**
 * Two times that must be in the store's range: an impossible one takes the
 * other's value (created and updated, first and last visit), or `now` when
 * both are impossible. Dates are what records written before the checks got
 * wrong (an import dated 1e16), and the one thing a repair can put right.
 */
function fixTimes(first: unknown, last: unknown, now: number): [number, number] {
  const a = inRange(first) ? first : inRange(last) ? last : now;
  const b = inRange(last) ? last : a;
  return [a, b];
}

/**
 * Checks every stored record with the schemas every way in uses: a record
 * whose only fault is a date gets a possible one; any other fault (a page
 * address that is not http or https, a field of the wrong type) cannot be
 * put right, and the record is removed, with its figures. Returns what it did.
 */
export async function repairRecords(tables: RepairTables, now = Date.now()): Promise<Repairs> {
  const repairs: Repairs = { fixed: [], removed: [] };
  const pages = new Map<string, Page>();
  for (const page of await tables.pages.toArray()) {
    const [firstVisit, lastVisit] = fixTimes(page.firstVisit, page.lastVisit, now);
    const fixed = { ...page, firstVisit, lastVisit };
    if (!v.is(PageRecordSchema, fixed)) {
      await tables.pages.delete(page.id);
      repairs.removed.push(String(page.id));
    } else {
      if (fixed.firstVisit !== page.firstVisit || fixed.lastVisit !== page.lastVisit) await tables.pages.put(fixed);
      pages.set(page.id, fixed);
    }
  }
  const refigure: Annotation[] = [];
  const gone: string[] = [];
  await tables.annotations.toCollection().modify((a, ref) => {
    const { subjects: _s, words: _w, ...own } = a;
    const [createdAt, updatedAt] = fixTimes(own.createdAt, own.updatedAt, now);
    const fixed = { ...own, createdAt, updatedAt };
    if (!v.is(AnnotationSchema, fixed)) {
      gone.push(String(a.id));
      delete (ref as { value?: Annotation }).value;
    } else if (createdAt !== a.createdAt || updatedAt !== a.updatedAt) {
      const repaired = withDerived(fixed, pages.get(a.pageId));
      ref.value = repaired;
      refigure.push(repaired);
    }
  });
  // Figures are filed by when they were saved: a fixed date files them anew.
  const changed = [...gone, ...refigure.map((a) => a.id)];
  if (changed.length > 0) await tables.figures.where('annotationId').anyOf(changed).delete();
  await tables.figures.bulkPut(refigure.flatMap((a) => savedFigures(a, pages.get(a.pageId))));
  repairs.fixed.push(...refigure.map((a) => a.id));
  repairs.removed.push(...gone);
  return repairs;
}

/** Repairs the whole library in one transaction (see repairRecords). */
export function repairLibrary(db: ClaimLensDatabase, now = Date.now()): Promise<Repairs> {
  return db.transaction('rw', db.pages, db.annotations, db.figures, () => repairRecords(db, now));
}
