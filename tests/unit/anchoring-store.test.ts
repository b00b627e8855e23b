import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { Deletions, handleRequest } from '@/lib/messages';
import { saveAnnotation } from '@/lib/store/annotations';
import { canonicalUrl } from '@/lib/store/canonical-url';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest } from './support/fresh-database';
import { CLAIMS } from '../../scripts/paths';

const EXTENSION = 'claimlens-test-id';
const URL_A = 'https://www.voanews.com/a/north-korea-troops/1.html';
const URL_B = 'https://www.example.com/other-story.html';
const text = readFileSync(`${CLAIMS}/articles/000.txt`, 'utf8');
const claim = extractClaims(text).claims.find((c) => c.text.includes('3,000'));

let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

async function saveOn(url: string) {
  if (!claim) throw new Error('no claim with 3,000 in sample 000');
  const page = { id: canonicalUrl(url), url, title: 'T', site: 'voanews.com', byline: null, publishedAt: null };
  return saveAnnotation(db, page, {
    pageId: page.id,
    kind: 'claim',
    text: claim.text,
    quantities: claim.quantities,
    attributions: claim.attributions,
    note: '',
    tags: [],
    selectors: describeSpan(text, claim.start, claim.end),
    context: '',
  });
}

const anchored = (url: string, checks: unknown, senderUrl = url) =>
  handleRequest(
    db,
    { claimlens: 'anchored', data: { url, canonical: null, checks } },
    { id: EXTENSION, url: senderUrl },
    EXTENSION,
    new Deletions(),
  );

test("a page's tab records how its annotations were found: the library reads updated figures and lost ones from the store", async () => {
  const a = await saveOn(URL_A);
  const b = await saveOn(URL_B);
  const reply = await anchored(URL_A, [
    { id: a.id, status: 'updated', changes: [{ old: '3,000', new: '3,543' }] },
    // Another page's annotation is not this page's to mark.
    { id: b.id, status: 'lost', changes: [] },
  ]);
  expect(reply).toEqual({ ok: true, value: 1 });
  expect((await db.annotations.get(a.id))?.anchor).toMatchObject({
    status: 'updated',
    changes: [{ old: '3,000', new: '3,543' }],
  });
  expect((await db.annotations.get(b.id))?.anchor).toBeUndefined();

  await anchored(URL_A, [{ id: a.id, status: 'lost', changes: [] }]);
  expect((await db.annotations.get(a.id))?.anchor?.status).toBe('lost');
});

test('a page may not report for another page, and a malformed report writes nothing', async () => {
  const a = await saveOn(URL_A);
  const fromOther = await anchored(URL_A, [{ id: a.id, status: 'lost', changes: [] }], URL_B);
  expect(fromOther).toEqual({ ok: false, error: 'a page may only save to its own address' });
  const malformed = await anchored(URL_A, [{ id: a.id, status: 'gone', changes: [] }]);
  expect(malformed.ok).toBe(false);
  expect((await db.annotations.get(a.id))?.anchor).toBeUndefined();
});
