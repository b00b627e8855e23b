import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { handleRequest, type RequestType } from '@/lib/messages';
import {
  annotationsForPage,
  deleteAnnotation,
  type NewAnnotation,
  recordVisit,
  restoreAnnotation,
  saveAnnotation,
  searchAnnotations,
  updateAnnotation,
} from '@/lib/store/annotations';
import { canonicalUrl } from '@/lib/store/canonical-url';
import { ClaimLensDatabase } from '@/lib/store/database';
import { CLAIMS } from '../../scripts/paths';

const EXTENSION = 'claimlens-test-id';
const ARTICLE_URL = 'https://www.voanews.com/a/pentagon-10-000-north-korean-troops-deployed-to-russia/7841512.html';
const text = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8');
const claims = extractClaims(text).claims;
const claimWith = (words: string) => claims.find((c) => c.text.includes(words)) as Claim;

function annotationOf(claim: Claim, note = '', tags: string[] = []): NewAnnotation {
  return {
    pageId: '',
    kind: 'claim',
    text: claim.text,
    quantities: claim.quantities,
    attributions: claim.attributions,
    note,
    tags,
    selectors: describeSpan(text, claim.start, claim.end),
  };
}

const page = {
  id: canonicalUrl(ARTICLE_URL),
  url: ARTICLE_URL,
  title: 'Pentagon: 10,000 North Korean troops deployed to Russia',
  site: 'voanews.com',
  byline: 'VOA',
  publishedAt: '2024-10-28',
};

let db: ClaimLensDatabase;
let n = 0;
beforeEach(async () => {
  db = new ClaimLensDatabase(`test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('schema', () => {
  test('version 1 declares the tables and the indexes the UI queries', () => {
    expect(db.verno).toBe(1);
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.src);
    expect(db.table('pages').schema.primKey.name).toBe('id');
    expect(indexes('pages')).toEqual(['site', 'lastVisit']);
    expect(indexes('annotations')).toEqual(['pageId', 'createdAt', 'updatedAt', '*tags', '*terms']);
  });
});

describe('annotations', () => {
  test('a saved claim comes back for its page, with its counted noun and speaker as terms', async () => {
    const claim = claimWith('around 10,000 soldiers');
    const saved = await saveAnnotation(db, page, annotationOf(claim, 'Pentagon figure', ['north-korea']), 1000);
    expect(saved.terms).toEqual(['soldier', 'sabrina singh']);
    const found = await annotationsForPage(db, page.id);
    expect(found).toEqual([saved]);
    expect((await db.pages.get(page.id))?.firstVisit).toBe(1000);
    await recordVisit(db, page, 5000);
    expect(await db.pages.get(page.id)).toMatchObject({ firstVisit: 1000, lastVisit: 5000 });
  });

  test('notes and tags are edited; a delete can be undone', async () => {
    const saved = await saveAnnotation(db, page, annotationOf(claimWith('more than 600,000')), 1000);
    const updated = await updateAnnotation(db, saved.id, { note: 'Rutte’s estimate', tags: ['casualties'] }, 2000);
    expect(updated).toMatchObject({ note: 'Rutte’s estimate', tags: ['casualties'], updatedAt: 2000, createdAt: 1000 });
    const deleted = await deleteAnnotation(db, saved.id);
    expect(await db.annotations.count()).toBe(0);
    await restoreAnnotation(db, deleted as NonNullable<typeof deleted>);
    expect(await db.annotations.get(saved.id)).toEqual(updated);
    expect(await updateAnnotation(db, 'no-such-id', { note: 'x' })).toBeUndefined();
  });

  test('search by words, speaker, tag and site, newest first', async () => {
    const a = await saveAnnotation(db, page, annotationOf(claimWith('around 10,000 soldiers'), '', ['troops']), 1000);
    const b = await saveAnnotation(db, page, annotationOf(claimWith('more than 600,000'), 'losses', ['casualties']), 2000);
    const c = await saveAnnotation(db, page, annotationOf(claimWith('66 of the drones')), 3000);
    expect((await searchAnnotations(db)).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await searchAnnotations(db, { text: 'sabrina' })).map((x) => x.id)).toEqual([a.id]);
    expect((await searchAnnotations(db, { text: 'Losses 600,000' })).map((x) => x.id)).toEqual([b.id]);
    expect((await searchAnnotations(db, { tag: 'casualties' })).map((x) => x.id)).toEqual([b.id]);
    expect((await searchAnnotations(db, { site: 'voanews.com', limit: 2 })).map((x) => x.id)).toEqual([c.id, b.id]);
    expect(await searchAnnotations(db, { site: 'bbc.co.uk' })).toEqual([]);
  });
});

describe('canonicalUrl', () => {
  test.each([
    [
      'https://www.bbc.co.uk/news/world-us-canada-33646542?utm_source=twitter&at_medium=social#comments',
      null,
      'https://bbc.co.uk/news/world-us-canada-33646542',
    ],
    ['https://m.voanews.com/a/7841512.html?fbclid=abc&page=2', null, 'https://voanews.com/a/7841512.html?page=2'],
    [
      'https://www.nytimes.com/2017/01/13/world/africa/sudan.html?smid=tw-share&_r=0',
      'https://www.nytimes.com/2017/01/13/world/africa/sudan.html',
      'https://nytimes.com/2017/01/13/world/africa/sudan.html',
    ],
    ['https://example.com/story/', 'https://evil.example.net/other', 'https://example.com/story'],
  ])('%s', (url, canonical, expected) => {
    expect(canonicalUrl(url, canonical)).toBe(expected);
  });
});

describe('requests from content scripts', () => {
  const request = (type: RequestType, data: unknown, sender = { id: EXTENSION, url: ARTICLE_URL }) =>
    handleRequest(db, { claimlens: type, data }, sender, EXTENSION);
  const saveData = (claim: Claim, note = '') => {
    const { pageId: _pageId, ...annotation } = annotationOf(claim, note);
    return { page: { url: ARTICLE_URL, canonical: null, title: page.title, byline: 'VOA', publishedAt: null }, annotation };
  };

  test('a valid save from the article itself is stored, and the page can read it back', async () => {
    const reply = await request('save', saveData(claimWith('3,000 North Korean troops')));
    expect(reply.ok).toBe(true);
    const back = await request('forPage', { url: `${ARTICLE_URL}?utm_source=x`, canonical: null });
    expect(back.ok && back.value).toHaveLength(1);
  });

  test.each([
    [
      'another extension or a web page',
      { claimlens: 'save', data: {} },
      { id: 'someone-else' },
      'request from another extension',
    ],
    ['an unknown type', { claimlens: 'dropTables', data: {} }, { id: EXTENSION }, 'unknown request type "dropTables"'],
    ['no envelope', 'hello', { id: EXTENSION }, 'unknown request type undefined'],
  ])('rejects %s', async (_name, message, sender, error) => {
    const reply = await handleRequest(db, message, sender, EXTENSION);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(error) });
  });

  test('malformed, oversized and foreign requests get a clear error and write nothing', async () => {
    const good = saveData(claimWith('66 of the drones'));
    const broken = { ...good, annotation: { ...good.annotation, selectors: [{ type: 'TextQuoteSelector', exact: 5 }] } };
    expect(await request('save', broken)).toEqual({
      ok: false,
      error: expect.stringMatching(/^invalid save request at annotation\.selectors/),
    });
    const huge = saveData(claimWith('66 of the drones'), 'x'.repeat(100_001));
    expect(await request('save', huge)).toEqual({ ok: false, error: expect.stringContaining('at annotation.note') });
    const elsewhere = await request('save', good, { id: EXTENSION, url: 'https://www.bbc.co.uk/news/other' });
    expect(elsewhere).toEqual({ ok: false, error: 'a page may only save to its own address' });
    const tooBig = { ...good, annotation: { ...good.annotation, quantities: Array(3000).fill(good.annotation.quantities[0]) } };
    expect(await request('save', tooBig)).toEqual({
      ok: false,
      error: expect.stringMatching(/request larger than|at annotation\.quantities/),
    });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  test('update, delete and restore by id', async () => {
    const saved = await request('save', saveData(claimWith('at least 13 people')));
    if (!saved.ok) throw new Error(saved.error);
    const id = (saved.value as { id: string }).id;
    expect(await request('update', { id, note: 'Terekhov', tags: ['kharkiv'] })).toMatchObject({
      ok: true,
      value: { note: 'Terekhov' },
    });
    const deleted = await request('delete', { id });
    expect(await db.annotations.count()).toBe(0);
    expect(await request('restore', { annotation: deleted.ok && deleted.value })).toMatchObject({ ok: true });
    expect(await db.annotations.count()).toBe(1);
    expect(await request('update', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: expect.stringContaining('at id') });
  });
});
