import Dexie, { type ObservabilitySet } from 'dexie';
import { PER_KEY } from './compare';
import type { ClaimLensDatabase } from './database';
import type { SavedFigure } from './types';

// Figures read per key: twice what a page compares with, as the figures saved from the page itself are left out.
const READ_PER_KEY = 2 * PER_KEY;
// Subject keys kept: a page asks for a few dozen, and the reader's topics recur from page to page.
const KEYS_KEPT = 1000;

/**
 * The newest saved figures of each subject key, read from the figures table
 * and kept in memory until the table changes: a reader going through articles
 * on one story asks for the same keys again and again. Any write to the
 * figures table, in this context or another (Dexie broadcasts commits to the
 * popup, library and background alike), empties the cache.
 */
export class NewestFigures {
  private readonly kept = new Map<string, SavedFigure[]>();
  // Counts the writes seen, so that figures read while a write committed are not kept.
  private writes = 0;

  constructor(private readonly db: ClaimLensDatabase) {
    const table = `idb://${db.name}/figures/`;
    // Never unsubscribed: a database lives as long as the page or worker that opened it.
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      if (!('all' in parts) && !Object.keys(parts).some((part) => part.startsWith(table))) return;
      this.kept.clear();
      this.writes++;
    });
  }

  /** Each key's newest figures, newest first; keys not kept are read in one transaction. */
  async get(keys: string[]): Promise<Map<string, SavedFigure[]>> {
    const result = new Map<string, SavedFigure[]>();
    const missing: string[] = [];
    for (const k of new Set(keys)) {
      const kept = this.kept.get(k);
      if (kept) result.set(k, kept);
      else missing.push(k);
    }
    if (missing.length === 0) return result;
    const writes = this.writes;
    const found = await this.db.transaction('r', this.db.figures, () =>
      Promise.all(missing.map((k) => this.db.figures.where(':id').startsWith(k).limit(READ_PER_KEY).toArray())),
    );
    const keep = writes === this.writes;
    if (keep && this.kept.size + missing.length > KEYS_KEPT) this.kept.clear();
    missing.forEach((k, i) => {
      const figures = found[i] ?? [];
      result.set(k, figures);
      if (keep) this.kept.set(k, figures);
    });
    return result;
  }
}
