import 'fake-indexeddb/auto';
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
