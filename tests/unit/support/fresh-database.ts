import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { ClaimLensDatabase } from '@/lib/store/database';

let count = 0;

/** An open library under a name no other test uses, so tests never see each other's records. */
export async function openFreshDatabase(): Promise<ClaimLensDatabase> {
  const db = new ClaimLensDatabase(`test-${count++}`);
  await db.open();
  return db;
}

/**
 * Gives each test of the file a fresh library through `use`, and deletes it after the test: fake-indexeddb
 * keeps every database for the whole run otherwise.
 */
export function freshDatabaseEachTest(use: (db: ClaimLensDatabase) => void): void {
  let current: ClaimLensDatabase | undefined;
  beforeEach(async () => {
    current = await openFreshDatabase();
    use(current);
  });
  afterEach(async () => {
    current?.close();
    await current?.delete();
  });
}

// The library's tables and indexes as earlier versions declared them, written out here rather than taken from
// ClaimLensDatabase: an upgrade test must start from what those versions really stored.
const VERSION_3_STORES = {
  pages: 'id, site, lastVisit',
  annotations: 'id, pageId, createdAt, updatedAt, *tags, *words',
  figures: 'id, annotationId, savedAt',
};
const OLD_STORES = {
  1: { pages: 'id, site, lastVisit', annotations: 'id, pageId, createdAt, updatedAt, *tags, *terms' },
  3: VERSION_3_STORES,
  // Version 4 changed records, not tables.
  4: VERSION_3_STORES,
};

/** A library named `name` as an earlier version of ClaimLens made it, for an upgrade test to fill. */
export function oldLibrary(name: string, version: keyof typeof OLD_STORES): Dexie {
  const db = new Dexie(name);
  db.version(version).stores(OLD_STORES[version]);
  return db;
}
