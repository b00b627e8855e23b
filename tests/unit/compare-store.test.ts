import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { passagesOf } from '@/lib/compare/context';
import { claimInput } from '@/lib/store/claim-input';
import { saveAnnotation } from '@/lib/store/annotations';
import { compareWithSaved } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest } from './support/fresh-database';
import { CLAIMS } from '../../scripts/paths';

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
