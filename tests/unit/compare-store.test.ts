import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { passagesOf } from '@/lib/compare/context';
import { READING_RULES, readSaved, type SavedSide, type StoredReading, storedReading } from '@/lib/compare/saved';
import { claimInput } from '@/lib/store/claim-input';
import { saveAnnotation } from '@/lib/store/annotations';
import { compareWithSaved } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import type { SavedFigure } from '@/lib/store/types';
import { freshDatabaseEachTest } from './support/fresh-database';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';

// The background compares a page with saved figures through the readings too, where no state owns the figures.
const DEV = `${CLAIMS}/compare-dev/articles`;
let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

const article = (id: string) => {
  const body = readFileSync(`${DEV}/${id}.txt`, 'utf8');
  return { body, title: body.slice(0, body.indexOf('\n')), claims: extractClaims(body).claims };
};

async function saveFrom(id: string, words: string) {
  const { body, title, claims } = article(id);
  const claim = claims.find((c) => c.text.includes(words)) as Claim;
  const url = `https://news.example/${id}`;
  const info = { id: url, url, title, site: 'news.example', byline: null, publishedAt: null };
  const annotation = { pageId: url, ...claimInput(body, claim) };
  return saveAnnotation(db, info, annotation, 1000);
}

describe('the background compares figures no state owns', () => {
  test('bullets in Gray’s revolver, saved from one report, agree with another outlet’s, with the reason', async () => {
    await saveFrom('d32', 'A revolver loaded with four bullets');
    const { body, claims } = article('d34');
    const result = await compareWithSaved(db, { id: 'https://news.example/d34', publishedAt: null }, passagesOf(body, claims));
    const start = body.indexOf('four', body.indexOf('revolver was loaded'));
    const figure = result.find((f) => f.start === start);
    expect(figure?.matches.map((m) => [m.quantity.text, m.comparison.relation])).toEqual([['four', 'agree']]);
    expect(figure?.matches[0]?.comparison.reason).toMatch(/^same: bullet \(.*loaded.*\)/);
    // Gray's four prior arrests are not the bullets: the same number of another thing finds nothing.
    const arrests = article('d36');
    const other = await compareWithSaved(
      db,
      { id: 'https://news.example/d36', publishedAt: null },
      passagesOf(arrests.body, arrests.claims),
    );
    const prior = arrests.body.indexOf('four', arrests.body.indexOf('Gray has'));
    expect(prior).toBeGreaterThan(0);
    expect(other.find((f) => f.start === prior)).toBeUndefined();
  });

  test('a figure saved from another story stays only related', async () => {
    // The same saved figure agrees with another outlet's report of the story (test above); a page of another
    // story, the Kraft shooting, gets no agreeing or differing figure from it.
    await saveFrom('d32', 'A revolver loaded with four bullets');
    const kraft = article('d26');
    const unrelated = await compareWithSaved(
      db,
      { id: 'https://news.example/d26', publishedAt: null },
      passagesOf(kraft.body, kraft.claims),
    );
    expect(unrelated.flatMap((f) => f.matches.map((m) => m.comparison.relation)).filter((r) => r !== 'related')).toEqual([]);
  });
});

// Every figure of the samples and of compare-dev, as a saved claim: its sentence, its quantity, its page's title.
function savedSides(): SavedSide[] {
  const files = [
    ...ARTICLE_IDS.map((id) => `${CLAIMS}/articles/${id}.txt`),
    ...readdirSync(DEV)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `${DEV}/${f}`),
  ];
  return files.flatMap((file) => {
    const body = readFileSync(file, 'utf8');
    const page = { title: body.slice(0, body.indexOf('\n')) };
    return extractClaims(body).claims.flatMap((c) =>
      c.quantities.map((quantity) => ({ pageId: file.slice(file.lastIndexOf('/') + 1), text: c.text, quantity, page })),
    );
  });
}
const sides = savedSides();
const fresh = (s: SavedSide): SavedSide => ({ ...s, quantity: { ...s.quantity } });

describe('readings stored with saved figures (database version 6)', () => {
  test('the stored reading is the reading of the sentence, for every figure of the samples and compare-dev', () => {
    expect(sides.length).toBeGreaterThan(500);
    const differ = sides.filter((s) => {
      const read = storedReading(fresh(s));
      return !isDeepStrictEqual(readSaved({ ...fresh(s), read }), readSaved(fresh(s)));
    });
    expect(differ.map((s) => s.quantity.text)).toEqual([]);
  });

  test('a stored reading is taken as stored; one that fails the schema, or of other rules, is read again', () => {
    const side = sides.find((s) => s.text.includes('A revolver loaded with four bullets')) as SavedSide;
    const read = storedReading(fresh(side)) as StoredReading;
    expect(read.thing).toBe('bullet');
    const asRead = readSaved(fresh(side));
    // Taken: the comparison reads no sentence again.
    expect(readSaved({ ...fresh(side), read: { ...read, thing: 'cartridge' } })?.thing).toBe('cartridge');
    for (const bad of [
      { ...read, words: 'loaded' },
      { ...read, event: 'exploded' },
      { ...read, sentence: [40, 2] },
      { ...read, known: null },
      { ...read, rules: READING_RULES + 1, thing: 'cartridge' },
      'bullet',
    ])
      expect(readSaved({ ...fresh(side), read: bad })).toEqual(asRead);
  });

  test('the background compares as before with stored readings: the revolver’s four bullets agree', async () => {
    await saveFrom('d32', 'A revolver loaded with four bullets');
    const figures = await db.figures.toArray();
    expect(figures.every((f) => f.read?.rules === READING_RULES)).toBe(true);
    // Stored as the database gives it back (structured clone), with the saved claim's sentence as its span.
    const four = figures.find((f) => f.quantity.text === 'four') as SavedFigure;
    const [from, to] = four.read?.sentence ?? [0, 0];
    expect(four.text.slice(from, to)).toContain('A revolver loaded with four bullets');
  });

  // The stored readings' rules: a change to what readFigure reads of these figures (its rules, the lexicons, the
  // extractor's splitter) changes the digest. Then bump READING_RULES in saved.ts, add a database version whose upgrade
  // refills the readings (database.ts), and put the new digest here under the new number.
  const DIGESTS: Record<number, string> = { 1: '5b2b583d86391a32' };
  test('stored readings are of these rules (READING_RULES)', () => {
    const hash = createHash('sha256');
    for (const s of sides) hash.update(JSON.stringify(storedReading(fresh(s))));
    expect(hash.digest('hex').slice(0, 16)).toBe(DIGESTS[READING_RULES]);
  });
});
