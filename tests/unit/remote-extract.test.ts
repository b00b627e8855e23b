import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { extractInPieces, MAX_PIECE } from '@/lib/claims/pieces';
import type { Extraction } from '@/lib/claims/types';
import { Deletions, handleRequest } from '@/lib/messages';
import { ClaimLensDatabase } from '@/lib/store/database';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';

// The content script asks the background to read the article: what comes back must be what the extractor reads.
const EXTENSION = 'claimlens-test-id';
const db = new ClaimLensDatabase();
afterAll(() => db.delete());

const askBackground = async (text: string): Promise<Extraction> => {
  const reply = await handleRequest(db, { claimlens: 'extract', data: { text } }, { id: EXTENSION }, EXTENSION, new Deletions());
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Extraction;
};

describe('extraction in the background', () => {
  test('the five sample articles as one text, read through the background in pieces, equal reading them in place', async () => {
    const text = ARTICLE_IDS.map((id) => readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8')).join('\n\n');
    let pieces = 0;
    const counted = (piece: string) => (pieces++, askBackground(piece));
    const remote = await extractInPieces(text, counted, async () => {}, 16_000);
    expect(pieces).toBeGreaterThan(1);
    expect(remote).toEqual(await extractInPieces(text, extractClaims, async () => {}, 16_000));
    expect(remote.quantities.length).toBeGreaterThan(40);
  });

  test('a piece over the limit is refused with a clear error, and one at the limit is read', async () => {
    const reply = await handleRequest(
      db,
      { claimlens: 'extract', data: { text: 'a'.repeat(MAX_PIECE + 1) } },
      { id: EXTENSION },
      EXTENSION,
      new Deletions(),
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid extract request at text/) });
    const atLimit = `${'About 3,000 troops were sent. '.repeat(MAX_PIECE / 30)}`.slice(0, MAX_PIECE);
    expect((await askBackground(atLimit)).quantities.length).toBeGreaterThan(1000);
  });
});
