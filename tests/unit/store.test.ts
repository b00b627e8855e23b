import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import * as v from 'valibot';
import { beforeEach, describe, expect, test } from 'vitest';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { passagesOf } from '@/lib/compare/context';
import { claimInput } from '@/lib/store/claim-input';
import { trackedFigures } from '@/lib/compare/tracked';
import type { Claim } from '@/lib/claims/types';
import { Deletions, handleRequest, type RequestType, type Sender } from '@/lib/messages';
import {
  annotationsForPage,
  deleteAnnotation,
  type NewAnnotation,
  recordVisit,
  restoreAnnotation,
  saveAnnotation,
  type Search,
  searchAnnotations,
  timeOrderedId,
  updateAnnotation,
  withDerived,
} from '@/lib/store/annotations';
import { canonicalUrl } from '@/lib/store/canonical-url';
import { READING_RULES } from '@/lib/compare/saved';
import { StoredReadingSchema } from '@/lib/schemas';
import { compareWithSaved, newestSavedFigures, savedFigures } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest, oldLibrary } from './support/fresh-database';
import { CLAIMS } from '../../scripts/paths';

const EXTENSION = 'claimlens-test-id';
const ARTICLE_URL = 'https://www.voanews.com/a/pentagon-10-000-north-korean-troops-deployed-to-russia/7841512.html';
const text = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8');
const claims = extractClaims(text).claims;
const claimWith = (words: string) => claims.find((c) => c.text.includes(words)) as Claim;

function annotationOf(claim: Claim, note = '', tags: string[] = []): NewAnnotation {
  return { pageId: '', ...claimInput(text, claim, { note, tags }) };
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
freshDatabaseEachTest((fresh) => (db = fresh));

describe('schema', () => {
  test('the latest version declares the tables and the indexes the UI queries', () => {
    expect(db.verno).toBe(6);
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.src);
    expect(db.table('pages').schema.primKey.name).toBe('id');
    expect(indexes('pages')).toEqual(['site', 'lastVisit']);
    expect(indexes('annotations')).toEqual(['pageId', 'createdAt', 'updatedAt', '*tags', '*words']);
    expect(indexes('figures')).toEqual(['annotationId', 'savedAt']);
  });
});

describe('upgrades', () => {
  const SAVED = Date.UTC(2024, 9, 28);
  test('from version 1: annotations are kept, become searchable by word, and their figures are indexed by time', async () => {
    const name = 'upgrade-from-v1';
    const v1 = oldLibrary(name, 1);
    const claim = claimWith('around 10,000 soldiers');
    // A version 1 record: no context sentence, terms were singular counted nouns.
    const { context: _, ...content } = annotationOf(claim, 'first estimate', ['troops']);
    const old = { ...content, id: crypto.randomUUID(), pageId: page.id };
    await v1.table('pages').add({ ...page, firstVisit: SAVED, lastVisit: SAVED });
    await v1.table('annotations').add({ ...old, terms: ['soldier'], createdAt: SAVED, updatedAt: SAVED });
    v1.close();

    const upgraded = new ClaimLensDatabase(name);
    const kept = await upgraded.annotations.get(old.id);
    if (!kept) throw new Error('the annotation was lost in the upgrade');
    expect(kept).toMatchObject({ ...old, context: '', createdAt: SAVED, updatedAt: SAVED });
    expect(kept).not.toHaveProperty('terms');
    expect((await upgraded.figures.toArray()).map((f) => [f.annotationId, f.quantity.text, f.subject?.thing])).toEqual([
      [old.id, 'around 10,000', 'troops'],
    ]);
    // Version 3 indexes them by when they were saved.
    expect((await newestSavedFigures(upgraded, 5)).map((f) => f.annotationId)).toEqual([old.id]);
    expect(kept.words).toEqual(expect.arrayContaining(['soldiers', 'estimate', 'troops', 'sabrina', 'pentagon', 'voanews']));
    expect((await searchAnnotations(upgraded, { text: 'singh estim' })).map((a) => a.id)).toEqual([old.id]);
    upgraded.close();
    await upgraded.delete();
  });
});

describe('upgrade to version 5', () => {
  test('figures by reading: a version 4 database keeps every record, and its money and percentages become comparable', async () => {
    const name = 'upgrade-from-v4';
    // Version 4 as it was: figures only for counted things with a subject.
    const v4 = oldLibrary(name, 4);
    const devText = readFileSync(`${CLAIMS}/compare-dev/articles/d39.txt`, 'utf8');
    const claim = extractClaims(devText).claims.find((c) => c.text.includes('200 million euros')) as Claim;
    const devPage = { ...page, id: 'https://news.example/d39', url: 'https://news.example/d39', title: 'Greek riots' };
    const troops = withDerived(
      {
        ...annotationOf(claimWith('around 10,000 soldiers')),
        id: crypto.randomUUID(),
        pageId: page.id,
        createdAt: 1000,
        updatedAt: 1000,
      },
      page,
    );
    const money = withDerived(
      {
        ...annotationOf(claim),
        selectors: describeSpan(devText, claim.start, claim.end),
        id: crypto.randomUUID(),
        pageId: devPage.id,
        createdAt: 2000,
        updatedAt: 2000,
      },
      devPage,
    );
    const v4Figures = [troops, money].flatMap((a) =>
      savedFigures(a, a.pageId === page.id ? page : devPage).filter((f) => f.subject),
    );
    // Version 4's figures kept no reading (version 6 adds it).
    const unread = v4Figures.map(({ read: _, ...f }) => f);
    await v4.table('pages').bulkAdd([
      { ...page, firstVisit: 1000, lastVisit: 1000 },
      { ...devPage, firstVisit: 2000, lastVisit: 2000 },
    ]);
    await v4.table('annotations').bulkAdd([troops, money]);
    await v4.table('figures').bulkAdd(unread);
    const before = { pages: await v4.table('pages').toArray(), annotations: await v4.table('annotations').toArray() };
    v4.close();

    const upgraded = new ClaimLensDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    // Nothing lost: pages and annotations as they were, every figure of version 4 under its id (with its reading).
    expect(await upgraded.pages.toArray()).toEqual(before.pages);
    expect(await upgraded.annotations.toArray()).toEqual(before.annotations);
    const figures = await upgraded.figures.toArray();
    for (const f of v4Figures) expect(figures.find((x) => x.id === f.id)).toEqual(f);
    // Added: the sums of the riots' damage, under the key of their reading.
    const added = figures.filter((f) => !v4Figures.some((x) => x.id === f.id));
    expect(added.map((f) => [f.quantity.text, f.reading])).toEqual(
      expect.arrayContaining([
        ['200 million', '~money||'],
        ['$265.3 million', '~money||'],
      ]),
    );
    expect(added.every((f) => f.subject === null && f.annotationId === money.id)).toBe(true);
    upgraded.close();
    await upgraded.delete();
  });
});

describe('upgrade to version 6', () => {
  test('each figure gets its reading; pages, annotations and figure ids stay as they were, stale figures go', async () => {
    const name = 'upgrade-from-v5';
    // Version 5 as it was (written out: the tables of versions 3 to 5), figures without a reading.
    const v5 = new Dexie(name);
    v5.version(5).stores({
      pages: 'id, site, lastVisit',
      annotations: 'id, pageId, createdAt, updatedAt, *tags, *words',
      figures: 'id, annotationId, savedAt',
    });
    const devText = readFileSync(`${CLAIMS}/compare-dev/articles/d39.txt`, 'utf8');
    const claim = extractClaims(devText).claims.find((c) => c.text.includes('200 million euros')) as Claim;
    const devPage = { ...page, id: 'https://news.example/d39', url: 'https://news.example/d39', title: 'Greek riots' };
    const troops = withDerived(
      {
        ...annotationOf(claimWith('around 10,000 soldiers')),
        id: crypto.randomUUID(),
        pageId: page.id,
        createdAt: 1000,
        updatedAt: 1000,
      },
      page,
    );
    const money = withDerived(
      {
        ...annotationOf(claim),
        selectors: describeSpan(devText, claim.start, claim.end),
        id: crypto.randomUUID(),
        pageId: devPage.id,
        createdAt: 2000,
        updatedAt: 2000,
      },
      devPage,
    );
    const derived = [troops, money].flatMap((a) => savedFigures(a, a.pageId === page.id ? page : devPage));
    const v5Figures = derived.map(({ read: _, ...f }) => f);
    // A figure filed under a key older rules read: derived again, it is not left behind.
    const stale = { ...v5Figures[0]!, id: `~percent||zzzzzzzzz|${money.id}|9`, annotationId: money.id };
    await v5.table('pages').bulkAdd([
      { ...page, firstVisit: 1000, lastVisit: 1000 },
      { ...devPage, firstVisit: 2000, lastVisit: 2000 },
    ]);
    await v5.table('annotations').bulkAdd([troops, money]);
    await v5.table('figures').bulkAdd([...v5Figures, stale]);
    const before = { pages: await v5.table('pages').toArray(), annotations: await v5.table('annotations').toArray() };
    v5.close();

    const upgraded = new ClaimLensDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    expect(await upgraded.pages.toArray()).toEqual(before.pages);
    expect(await upgraded.annotations.toArray()).toEqual(before.annotations);
    const figures = await upgraded.figures.orderBy('id').toArray();
    expect(figures.map((f) => f.id)).toEqual(v5Figures.map((f) => f.id).sort());
    expect(figures).toEqual([...derived].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Every figure has a reading, and each passes the schema the background checks it with.
    expect(figures.map((f) => f.read && v.is(StoredReadingSchema, f.read))).toEqual(figures.map(() => true));
    expect(figures.find((f) => f.quantity.text === '200 million')?.read).toMatchObject({
      measure: 'money:EUR',
      rules: READING_RULES,
    });
    upgraded.close();
    await upgraded.delete();
  });
});

describe('annotations', () => {
  test('a saved claim comes back for its page, with what its figure counts, kept apart for comparison', async () => {
    const claim = claimWith('around 10,000 soldiers');
    const saved = await saveAnnotation(db, page, annotationOf(claim, 'Pentagon figure', ['north-korea']), 1000);
    expect(saved.subjects).toMatchObject([{ thing: 'troops', owner: { key: 'PRK' }, place: { key: 'RUS' }, event: 'sent' }]);
    // The figure's id is its subject key, then how new the claim is: newer figures of a key sort first.
    const [figure] = await db.figures.toArray();
    expect(figure?.id).toMatch(new RegExp(`^troops\\|PRK\\|[0-9a-z]{9}\\|${saved.id}\\|0$`));
    expect((savedFigures({ ...saved, createdAt: 2000 }, undefined)[0]?.id ?? '') < (figure?.id ?? '')).toBe(true);
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
    expect(await db.figures.count()).toBe(1);
    const deleted = await deleteAnnotation(db, saved.id);
    expect([await db.annotations.count(), await db.figures.count()]).toEqual([0, 0]);
    await restoreAnnotation(db, deleted as NonNullable<typeof deleted>);
    expect(await db.annotations.get(saved.id)).toEqual(updated);
    expect(await db.figures.count()).toBe(1);
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
    // Words match from their start, in the page's title and site too; every word must match.
    expect((await searchAnnotations(db, { text: 'sold' })).map((x) => x.id)).toEqual([a.id]);
    expect((await searchAnnotations(db, { text: 'voanews' })).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect(await searchAnnotations(db, { text: 'oldiers' })).toEqual([]);
    expect(await searchAnnotations(db, { text: 'drones losses' })).toEqual([]);
  });

  test('words common to thousands of annotations, or to all, still give the newest first, up to the limit', async () => {
    const base = annotationOf(claimWith('66 of the drones'));
    const count = 2_100; // more than a word may have to narrow a search
    const many = Array.from({ length: count }, (_, i) => ({
      ...base,
      id: timeOrderedId(i),
      pageId: page.id,
      subjects: [],
      words: ['drones', i % 2 ? 'odd' : 'even'],
      createdAt: i,
      updatedAt: i,
    }));
    await db.annotations.bulkAdd(many);
    await db.annotations.bulkAdd([
      { ...(many[0] as (typeof many)[number]), id: timeOrderedId(count), words: ['drones', 'rare'], createdAt: count },
    ]);
    const newest = (search: Search) => searchAnnotations(db, search).then((found) => found.map((x) => x.createdAt));
    expect(await newest({ text: 'drones even', limit: 3 })).toEqual([2098, 2096, 2094]);
    expect(await newest({ text: 'odd rare', limit: 3 })).toEqual([]);
    expect(await newest({ text: 'rare dr' })).toEqual([count]);
    expect(await searchAnnotations(db, { text: 'dron' })).toHaveLength(count + 1);
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
    // Only the page's own origin counts: another port, scheme or subdomain is another site's address.
    ['http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/a', 'http://127.0.0.1:8001/a'],
    ['https://example.com/a', 'http://example.com/b', 'https://example.com/a'],
    ['https://news.example.com/a', 'https://blog.example.com/b', 'https://news.example.com/a'],
    ['https://example.com/a?id=1', '/a', 'https://example.com/a'],
  ])('%s', (url, canonical, expected) => {
    expect(canonicalUrl(url, canonical)).toBe(expected);
  });
});

describe('requests from content scripts', () => {
  let deletions: Deletions;
  beforeEach(() => {
    deletions = new Deletions();
  });
  const request = (type: RequestType, data: unknown, sender: Sender = { id: EXTENSION, url: ARTICLE_URL, tabId: 1 }) =>
    handleRequest(db, { claimlens: type, data }, sender, EXTENSION, deletions);
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
    const reply = await handleRequest(db, message, sender, EXTENSION, new Deletions());
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

  test("update, delete and restore by id, from the annotation's own page", async () => {
    const saved = await request('save', saveData(claimWith('at least 13 people')));
    if (!saved.ok) throw new Error(saved.error);
    const id = (saved.value as { id: string }).id;
    const here = { url: ARTICLE_URL, canonical: null };
    expect(await request('update', { page: here, id, note: 'Terekhov', tags: ['kharkiv'] })).toMatchObject({
      ok: true,
      value: { note: 'Terekhov' },
    });
    const before = await db.annotations.get(id);
    expect(await request('delete', { page: here, id })).toMatchObject({ ok: true });
    expect(await db.annotations.count()).toBe(0);
    expect(await request('restore', { page: here, id })).toMatchObject({ ok: true });
    expect(await db.annotations.get(id)).toEqual(before);
    // Restored once: a second restore has nothing to put back.
    expect(await request('restore', { page: here, id })).toMatchObject({ ok: false });
    expect(await request('update', { page: here, id: 'not-a-uuid' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('at id'),
    });
  });

  test('another site cannot change, delete or restore an annotation by its id', async () => {
    const saved = await request('save', saveData(claimWith('at least 13 people'), 'mine'));
    if (!saved.ok) throw new Error(saved.error);
    const id = (saved.value as { id: string }).id;
    const attacker: Sender = { id: EXTENSION, url: 'https://attacker.example/page', tabId: 2 };
    const there = { url: 'https://attacker.example/page', canonical: null };
    const refused = { ok: false, error: 'no annotation of this page has that id' };
    expect(await request('update', { page: there, id, note: 'pwned' }, attacker)).toEqual(refused);
    expect(await request('delete', { page: there, id }, attacker)).toEqual(refused);
    // Naming the victim's page does not help: the sender's own address is what counts.
    expect(await request('delete', { page: { url: ARTICLE_URL, canonical: null }, id }, attacker)).toMatchObject({
      ok: false,
      error: 'a page may only save to its own address',
    });
    // Nor does a canonical link to it: it is on another origin.
    expect(await request('delete', { page: { ...there, canonical: ARTICLE_URL }, id }, attacker)).toEqual(refused);
    expect(await db.annotations.get(id)).toMatchObject({ note: 'mine' });

    // The owner deletes it; the other tab cannot restore it, nor can the owner's tab restore it elsewhere.
    expect(await request('delete', { page: { url: ARTICLE_URL, canonical: null }, id })).toMatchObject({ ok: true });
    expect(await request('restore', { page: there, id }, attacker)).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
    // A made-up record is no longer accepted at all: restore takes only an id.
    const forged = {
      page: there,
      id,
      annotation: { ...(saved.value as object), pageId: 'javascript:alert(1)', createdAt: 1e16 },
    };
    expect(await request('restore', forged, attacker)).toMatchObject({ ok: false });
    expect(await db.annotations.count()).toBe(0);
  });

  test('a canonical link on another port of the same host is ignored when saving', async () => {
    const url = 'http://127.0.0.1:8001/articles/001.html';
    const data = saveData(claimWith('at least 13 people'));
    const reply = await request(
      'save',
      { ...data, page: { ...data.page, url, canonical: 'http://127.0.0.1:8002/articles/001.html' } },
      { id: EXTENSION, url, tabId: 1 },
    );
    expect(reply).toMatchObject({ ok: true, value: { pageId: url } });
  });
});

describe('comparing a page with saved claims', () => {
  const articleClaims = (id: string) => {
    const body = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
    return { body, claims: extractClaims(body).claims };
  };
  const saveFrom = async (id: string, words: string, publishedAt: string, now: number) => {
    const { body, claims: found } = articleClaims(id);
    const claim = found.find((c) => c.text.includes(words)) as Claim;
    const url = `https://news.example/${id}`;
    const info = { id: url, url, title: `Article ${id}`, site: 'news.example', byline: null, publishedAt };
    return saveAnnotation(db, info, { pageId: url, ...claimInput(body, claim) }, now);
  };

  test('a page’s figures find saved figures of the same quantity, and how they compare', async () => {
    const us = await saveFrom('000', '3,000 North Korean troops were dispatched', '2024-10-24', 1000);
    const kursk = await saveFrom('003', 'approximately 8,000', '2024-11-01', 2000);
    await saveFrom('000', 'about a dozen aerial drones', '2024-10-24', 3000);
    const { body, claims: found } = articleClaims('001');
    const result = await compareWithSaved(
      db,
      { id: 'https://news.example/001', publishedAt: '2024-10-28' },
      passagesOf(body, found),
    );
    const at = (figure: string, words: string) => {
      const start = body.indexOf(figure, body.indexOf(words));
      return result.find((f) => f.start === start);
    };
    const pentagon = at('about 10,000', 'The Pentagon says');
    expect(pentagon?.topic).toBe('North Korean troops in Russia (sent)');
    expect(pentagon?.matches.map((m) => [m.annotationId, m.comparison.relation, m.page.publishedAt])).toEqual([
      [us.id, 'differ', '2024-10-24'],
      [kursk.id, 'wider', '2024-11-01'],
    ]);
    expect(pentagon?.matches[0]?.comparison.ratio).toBeCloseTo(10_000 / 3_000);
    // NATO's 3,000 agrees with the saved 3,000; last night's drones match nothing saved on another day.
    expect(at('3,000', 'NATO confirmed')?.matches[0]?.comparison.relation).toBe('agree');
    expect(at('100', 'attacked overnight')).toBeUndefined();
  });

  test('saved figures of one quantity from several pages make a tracked figure, ordered by publish date', async () => {
    await saveFrom('004', 'as high as 12,000', '2024-10-30', 3000);
    await saveFrom('000', '3,000 North Korean troops were dispatched', '2024-10-24', 1000);
    await saveFrom('001', 'The Pentagon says North Korea', '2024-10-28', 2000);
    await saveFrom('001', 'attacked overnight with 100', '2024-10-28', 2500);
    const tracked = trackedFigures(await db.figures.toArray());
    // One night's drones are not tracked over time; the troop figures are.
    expect(tracked.map((t) => t.topic)).toEqual(['North Korean troops in Russia (sent)']);
    expect(tracked[0]?.points.map((p) => [new Date(p.date).toISOString().slice(0, 10), p.value, p.title])).toEqual([
      ['2024-10-24', 3000, 'Article 000'],
      ['2024-10-28', 10000, 'Article 001'],
      ['2024-10-30', 12000, 'Article 004'],
    ]);
  });

  test('the tracked view reads the newest figures of every subject, not the first subjects in key order', async () => {
    await saveFrom('000', 'about a dozen aerial drones', '2024-10-24', 1000);
    await saveFrom('004', 'as high as 12,000', '2024-10-30', 3000);
    // Figure ids start with the subject key: "drones|…" sorts before "troops|…", though it is older.
    expect((await db.figures.limit(1).toArray()).map((f) => f.subject?.thing)).toEqual(['drones']);
    expect((await newestSavedFigures(db, 1)).map((f) => [f.subject?.thing, f.quantity.text])).toEqual([
      ['troops', 'as high as 12,000'],
    ]);
    expect((await newestSavedFigures(db, 10)).map((f) => f.savedAt)).toEqual([3000, 1000]);
  });

  test('figures read for one comparison are kept, and dropped when figures are saved or deleted anywhere', async () => {
    const { body, claims: found } = articleClaims('001');
    const compare = async () => {
      const result = await compareWithSaved(db, { id: 'https://news.example/001', publishedAt: null }, passagesOf(body, found));
      return result.flatMap((f) => f.matches.map((m) => m.annotationId));
    };
    expect(await compare()).toEqual([]);
    const us = await saveFrom('000', '3,000 North Korean troops were dispatched', '2024-10-24', 1000);
    expect(await compare()).toContain(us.id);
    // The second read is from memory: the figures table is not asked again.
    const reads: string[] = [];
    db.figures.hook('reading', (figure) => (reads.push(figure.id), figure));
    await compare();
    expect(reads).toEqual([]);
    // A write through another connection (the library page imports; the background compares) is seen too.
    const library = new ClaimLensDatabase(db.name);
    await deleteAnnotation(library, us.id);
    library.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await compare()).toEqual([]);
  });

  test('figures saved from the page itself are not compared with it', async () => {
    await saveFrom('001', 'The Pentagon says North Korea', '2024-10-28', 1000);
    const { body, claims: found } = articleClaims('001');
    expect(await compareWithSaved(db, { id: 'https://news.example/001', publishedAt: null }, passagesOf(body, found))).toEqual(
      [],
    );
  });
});
