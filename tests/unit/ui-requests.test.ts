import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { Deletions, handleRequest } from '@/lib/messages';
import { saveAnnotation } from '@/lib/store/annotations';
import { ClaimLensDatabase } from '@/lib/store/database';
import { CLAIMS } from '../../scripts/paths';

// The two requests the card adds: the reader's own tags (offered when tagging) and opening the library.
const EXTENSION = 'claimlens-test-id';
const URL_ = 'https://www.voanews.com/a/pentagon-10-000-north-korean-troops-deployed-to-russia/7841512.html';
const text = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8');
const page = { id: URL_, url: URL_, title: 'Pentagon', site: 'voanews.com', byline: null, publishedAt: null };

let db: ClaimLensDatabase;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new ClaimLensDatabase(`ui-test-${n++}`);
  await db.open();
});
afterEach(() => db.delete());

const request = (type: string, data: unknown) =>
  handleRequest(db, { claimlens: type, data }, { id: EXTENSION, url: URL_ }, EXTENSION, new Deletions());

async function save(words: string, tags: string[]) {
  const claim = extractClaims(text).claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}`);
  await saveAnnotation(db, page, {
    pageId: URL_,
    kind: 'claim',
    text: claim.text,
    quantities: claim.quantities,
    attributions: claim.attributions,
    note: '',
    tags,
    selectors: describeSpan(text, claim.start, claim.end),
    context: '',
  });
}

describe('requests for the card', () => {
  test('tags: every tag the reader has used, once each', async () => {
    expect(await request('tags', {})).toEqual({ ok: true, value: [] });
    await save('about 10,000', ['north korea', 'troops']);
    await save('more than 600,000', ['nato', 'north korea']);
    expect(await request('tags', {})).toEqual({ ok: true, value: ['nato', 'north korea', 'troops'] });
  });

  test('openLibrary: a tab with the library searching for the words given; a bad request opens nothing', async () => {
    expect(await request('openLibrary', { search: 'Pentagon says North Korea' })).toEqual({ ok: true, value: null });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContainEqual(expect.stringMatching(/\/library\.html#q=Pentagon%20says%20North%20Korea$/));
    const bad = await request('openLibrary', { search: 'x'.repeat(201) });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('invalid openLibrary request at search') });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabs.length);
  });
});
