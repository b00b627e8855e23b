import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { extractInPieces, MAX_PIECE } from '@/lib/claims/pieces';
import type { Extraction } from '@/lib/claims/types';
import { Deletions, handleRequest } from '@/lib/messages';
import { decodeExtraction, encodeExtraction } from '@/lib/page-messages';
import { ClaimLensDatabase } from '@/lib/store/database';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';

// The content script asks the background to read the article: what comes back must be what the extractor reads.
const EXTENSION = 'claimlens-test-id';
const db = new ClaimLensDatabase();
afterAll(() => db.delete());

const askBackground = async (text: string): Promise<Extraction> => {
  const reply = await handleRequest(db, { claimlens: 'extract', data: { text } }, { id: EXTENSION }, EXTENSION, new Deletions());
  if (!reply.ok) throw new Error(reply.error);
  // As the content script reads it: through JSON (what runtime messaging does), then decoded against the text sent.
  return decodeExtraction(JSON.parse(JSON.stringify(reply.value)), text);
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

describe('the extract reply on the wire', () => {
  const text = ARTICLE_IDS.map((id) => readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8')).join('\n\n');
  const extraction = extractClaims(text);
  // The reply as a page script might spoil it: every item an open record.
  type Item = Record<string, unknown>;
  type Wire = { quantities: Item[]; attributions: Item[]; claims: Item[] };
  const sent = () => JSON.parse(JSON.stringify(encodeExtraction(extraction, text))) as Wire;
  const at = (list: Item[], i = 0) => list[i] as Item;

  test('names each claim’s figures and statements by index, and leaves out the texts the page holds: under half the JSON', () => {
    const wire = JSON.stringify(encodeExtraction(extraction, text));
    expect(wire.length).toBeLessThan(JSON.stringify(extraction).length / 2);
    expect(wire).not.toContain(extraction.claims[0]?.text);
    expect(decodeExtraction(JSON.parse(wire), text)).toEqual(extraction);
  });

  test('a text that is not the slice of its offsets is sent as it is', () => {
    const [first, ...rest] = extraction.quantities;
    const other = { ...first!, text: 'a figure written otherwise' };
    const claims = extraction.claims.map((c) => ({ ...c, quantities: c.quantities.map((q) => (q === first ? other : q)) }));
    const odd = { ...extraction, quantities: [other, ...rest], claims };
    const wire = JSON.parse(JSON.stringify(encodeExtraction(odd, text)));
    expect(wire.quantities[0].text).toBe('a figure written otherwise');
    expect(decodeExtraction(wire, text).quantities[0]?.text).toBe('a figure written otherwise');
  });

  test('a claim holding an equal copy of a figure, not the very object, still names it', () => {
    const copied = {
      ...extraction,
      claims: extraction.claims.map((c) => ({ ...c, quantities: c.quantities.map((q) => ({ ...q })) })),
    };
    expect(decodeExtraction(JSON.parse(JSON.stringify(encodeExtraction(copied, text))), text)).toEqual(extraction);
  });

  test.each([
    ['an index past the figures', (w: Wire) => (at(w.claims, 0).quantities = [w.quantities.length]), /index \d+ past/],
    ['a negative index', (w: Wire) => (at(w.claims, 0).attributions = [-1]), /claims\[0\]\.attributions/],
    ['offsets past the text', (w: Wire) => (at(w.quantities, 0).end = text.length + 1), /outside the text/],
    ['an end before its start', (w: Wire) => (at(w.claims, 1).end = (at(w.claims, 1).start as number) - 1), /outside the text/],
    ['a kind not known', (w: Wire) => (at(w.quantities, 0).kind = 'weight'), /quantities\[0\]\.kind/],
    ['a statement without its content offsets', (w: Wire) => delete at(w.attributions, 0).contentEnd, /contentEnd/],
    [
      'a source without offsets or text',
      (w: Wire) => {
        delete at(w.attributions, 0).speakerStart;
        delete at(w.attributions, 0).speakerEnd;
      },
      /speakerText without its offsets/,
    ],
    ['a list that is not one', (w: Wire) => ((w as unknown as Item).claims = {}), /claims is not a list/],
    ['a figure that is not an object', (w: Wire) => ((w.quantities as unknown[])[2] = 'x'), /quantities\[2\] is not an object/],
  ])('a reply with %s is refused, with where', (_, spoil, error) => {
    const wire = sent();
    spoil(wire);
    expect(() => decodeExtraction(wire, text)).toThrow(error);
  });

  test('fields the wire does not know are left behind', () => {
    const wire = sent();
    at(wire.quantities).__proto__polluted = 1;
    expect(decodeExtraction(wire, text).quantities[0]).not.toHaveProperty('__proto__polluted');
  });
});
