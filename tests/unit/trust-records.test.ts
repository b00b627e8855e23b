import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { claimInput } from '@/lib/store/claim-input';
import { exportAnnotations, type ExportFormat, type SkippedRecord } from '@/lib/exchange/export';
import { applyImport, planImport, readImport } from '@/lib/exchange/import';
import { EARLIEST_TIME, LATEST_TIME, MAX_CONTEXT, MAX_ITEMS, MAX_NOTE, MAX_TEXT } from '@/lib/schemas';
import { saveAnnotation } from '@/lib/store/annotations';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest, oldLibrary } from './support/fresh-database';
import { repairLibrary } from '@/lib/store/repair';
import type { Annotation, Page } from '@/lib/store/types';
import { CLAIMS } from '../../scripts/paths';

const body = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8');
const claims = extractClaims(body).claims;
const page: Omit<Page, 'firstVisit' | 'lastVisit'> = {
  id: 'https://voanews.com/a/7841512.html',
  url: 'https://www.voanews.com/a/7841512.html',
  title: 'Pentagon: 10,000 North Korean troops deployed to Russia',
  site: 'voanews.com',
  byline: 'VOA',
  publishedAt: '2024-10-28',
};
const SAVED = Date.UTC(2024, 9, 28);

let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

/** Saves the article's first `count` claims, a second apart. */
async function saveClaims(count: number): Promise<Annotation[]> {
  const saved: Annotation[] = [];
  for (const [i, claim] of claims.slice(0, count).entries()) {
    const annotation = { pageId: page.id, ...claimInput(body, claim) };
    saved.push(await saveAnnotation(db, page, annotation, SAVED + i * 1000));
  }
  return saved;
}

async function exportAll(format: ExportFormat): Promise<{ text: string; count: number; skipped: SkippedRecord[] }> {
  const chunks: string[] = [];
  const skipped: SkippedRecord[] = [];
  const count = await exportAnnotations(
    db,
    format,
    { all: true },
    (c) => void chunks.push(c),
    undefined,
    new Date(SAVED),
    (s) => skipped.push(s),
  );
  return { text: chunks.join(''), count, skipped };
}

describe('a record dated in the year 318,857', () => {
  test('is refused at import, with where and why, and nothing is written', async () => {
    await saveClaims(3);
    const { text } = await exportAll('json');
    const crafted = JSON.parse(text);
    crafted.first.items[1]['claimlens:claim'].created = 1e16;
    await expect(readImport(new Blob([JSON.stringify(crafted)]))).rejects.toThrow(
      /^item 2 \(urn:uuid:[\da-f-]+\): claimlens:claim\.created: must be a date before 2100$/,
    );
    // A foreign annotation whose date is impossible is dated at the import instead.
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://hypothes.is/a/abc',
          type: 'Annotation',
          created: '+318857-01-01T00:00:00Z',
          target: { source: page.url, selector: { type: 'TextQuoteSelector', exact: 'around 10,000' } },
        },
      ],
    };
    const parsed = await readImport(new Blob([JSON.stringify(foreign)]), SAVED);
    expect(parsed.annotations[0]).toMatchObject({ createdAt: SAVED, updatedAt: SAVED });
  });

  test('already stored, it is left out of every export and reported; the others are exported', async () => {
    const [, bad] = await saveClaims(3);
    await db.annotations.update((bad as Annotation).id, { createdAt: 1e16 });
    for (const format of ['json', 'csv', 'markdown'] as const) {
      const { text, count, skipped } = await exportAll(format);
      expect(count).toBe(2);
      expect(skipped).toEqual([{ id: (bad as Annotation).id, reason: 'createdAt: must be a date before 2100' }]);
      // What was written is a whole file of the two others.
      if (format === 'json') expect(JSON.parse(text).first.items).toHaveLength(2);
      if (format === 'csv') expect(parse(text, { bom: true, columns: true })).toHaveLength(2);
      if (format === 'markdown') expect(text.match(/^- \[Open at the passage\]/gm)).toHaveLength(2);
    }
  });

  test('the repair dates it again from its last change; a record under a script address is removed', async () => {
    const [good, dated, scripted] = await saveClaims(3);
    await db.annotations.update((dated as Annotation).id, { createdAt: 1e16 });
    await db.annotations.update((scripted as Annotation).id, { pageId: 'javascript:alert(1)' });
    const repairs = await repairLibrary(db);
    expect(repairs).toEqual({ fixed: [(dated as Annotation).id], removed: [(scripted as Annotation).id] });
    expect(await db.annotations.get((dated as Annotation).id)).toMatchObject({
      createdAt: SAVED + 1000,
      updatedAt: SAVED + 1000,
    });
    expect(await db.annotations.get((good as Annotation).id)).toEqual(good);
    expect(
      await db.figures
        .where('annotationId')
        .equals((scripted as Annotation).id)
        .count(),
    ).toBe(0);
    expect(
      (
        await db.figures
          .where('annotationId')
          .equals((dated as Annotation).id)
          .toArray()
      ).map((f) => f.savedAt),
    ).toEqual(expect.arrayContaining([SAVED + 1000]));
    expect((await exportAll('csv')).skipped).toEqual([]);
  });

  test('stored by an earlier version, it is repaired by the upgrade', async () => {
    const [good, bad] = await saveClaims(2);
    const name = 'trust-upgrade-from-v3';
    // Version 3's schema, with the records it let in: one dated 1e16.
    const v3 = oldLibrary(name, 3);
    await v3.table('pages').bulkAdd(await db.pages.toArray());
    await v3.table('annotations').bulkAdd([good, { ...bad, createdAt: 1e16, updatedAt: 1e16 }]);
    v3.close();
    const upgraded = new ClaimLensDatabase(name);
    const before = Date.now();
    expect((await upgraded.annotations.get((bad as Annotation).id))?.createdAt).toBeGreaterThanOrEqual(before);
    expect(await upgraded.annotations.get((good as Annotation).id)).toEqual(good);
    upgraded.close();
    await upgraded.delete();
  });
});

describe('saves from any caller', () => {
  test('are checked with the same schemas: an empty text or a script address is refused, nothing written', async () => {
    const [claim] = claims;
    if (!claim) throw new Error('no claim');
    const input = {
      pageId: page.id,
      kind: 'claim' as const,
      text: claim.text,
      quantities: claim.quantities,
      attributions: claim.attributions,
      note: '',
      tags: [],
      selectors: describeSpan(body, claim.start, claim.end),
      context: '',
    };
    await expect(saveAnnotation(db, page, { ...input, text: '' })).rejects.toThrow(/^cannot save the annotation: text: /);
    await expect(saveAnnotation(db, { ...page, id: 'javascript:alert(1)' }, input)).rejects.toThrow(
      /^cannot save its page: id: /,
    );
    expect(await db.annotations.count()).toBe(0);
    // The same input, valid, is saved: the refusals were the fields'.
    await saveAnnotation(db, page, input);
    expect(await db.annotations.count()).toBe(1);
  });
});

describe('every field at its extreme', () => {
  test('imports, then exports in all three formats, and the JSON imports back identical', async () => {
    const claim = claims.find((c) => c.quantities.length > 0 && c.attributions.length > 0);
    if (!claim) throw new Error('no claim with a figure and a source');
    const wide = (s: string, max: number) => s.repeat(Math.ceil(max / s.length)).slice(0, max);
    const extreme: Annotation = {
      id: 'ffffffff-ffff-7fff-bfff-ffffffffffff',
      pageId: 'https://voanews.com/a/7841512.html',
      kind: 'claim',
      text: wide(`${claim.text} 🇺🇦 "=1+1" `, MAX_TEXT), // the quote's exact text, as import reads it
      quantities: Array.from({ length: MAX_ITEMS }, () => ({
        ...(claim.quantities[0] as Annotation['quantities'][number]),
        value: Number.MAX_VALUE,
        low: -Number.MAX_VALUE,
        high: Number.MIN_VALUE,
      })),
      attributions: Array.from({ length: MAX_ITEMS }, () => claim.attributions[0] as Annotation['attributions'][number]),
      note: wide('=HYPERLINK("http://evil.example") العربية\r\n', MAX_NOTE),
      tags: Array.from({ length: 50 }, (_, i) => wide(`${i} tag, "quoted" #`, 100)),
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: wide(`${claim.text} 🇺🇦 "=1+1" `, MAX_TEXT),
          prefix: wide('p', 200),
          suffix: wide('s', 200),
        },
        { type: 'TextPositionSelector', start: Number.MAX_SAFE_INTEGER, end: Number.MAX_SAFE_INTEGER },
      ],
      context: wide('Before. ', MAX_CONTEXT),
      subjects: [],
      words: [],
      createdAt: EARLIEST_TIME,
      updatedAt: LATEST_TIME - 1,
    };
    const extremePage: Page = {
      ...page,
      title: wide('Title ', 1000),
      byline: wide('B', 500),
      publishedAt: wide('2', 100),
      firstVisit: EARLIEST_TIME,
      lastVisit: LATEST_TIME - 1,
    };
    const { toWebAnnotation, collectionHead, COLLECTION_TAIL } = await import('@/lib/exchange/web-annotation');
    const { subjects: _s, words: _w, ...own } = extreme;
    const file = `${collectionHead(1, new Date(SAVED))}${JSON.stringify(toWebAnnotation(own, extremePage))}${COLLECTION_TAIL}`;
    await applyImport(db, await planImport(db, await readImport(new Blob([file]))));
    const stored = await db.annotations.get(extreme.id);
    expect(stored).toMatchObject(own);

    const exports = Object.fromEntries(
      await Promise.all((['json', 'csv', 'markdown'] as const).map(async (f) => [f, await exportAll(f)] as const)),
    );
    for (const f of ['json', 'csv', 'markdown'] as const) expect([f, exports[f]?.count, exports[f]?.skipped]).toEqual([f, 1, []]);
    const row = parse(exports.csv?.text ?? '', { bom: true, columns: true })[0];
    expect(row).toMatchObject({ created: '1990-01-01T00:00:00.000Z', updated: '2099-12-31T23:59:59.999Z' });
    expect(exports.markdown?.text).toContain('saved 1990-01-01');
    const back = await readImport(new Blob([exports.json?.text ?? '']));
    expect(back.annotations).toEqual([own]);
  });
});
