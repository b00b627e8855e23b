import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { lastSentence } from '@/lib/compare/last-sentence';
import { exportAnnotations, type ExportFormat, type ExportScope } from '@/lib/exchange/export';
import { CSV_COLUMNS } from '@/lib/exchange/formats';
import { applyImport, ImportError, MAX_IMPORT_BYTES, planImport, readImport } from '@/lib/exchange/import';
import { saveAnnotation } from '@/lib/store/annotations';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest, openFreshDatabase } from './support/fresh-database';
import type { Annotation } from '@/lib/store/types';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';

let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

// Notes a reader might write: quotes, commas, line breaks, emoji, right-to-left text, a formula, and 100 KB.
const UNUSUAL = [
  'He said "10,000", then \'about 12,000\'; both, "quoted".',
  'Line one\nLine two\r\nLine three, with a comma',
  'Figures 📈🇺🇦 — "emoji" and ZWJ 👩‍👩‍👧',
  'العربية: قال المتحدث إن 10,000 جندي ‏(RTL)‏ עברית',
  '=HYPERLINK("http://evil.example","click")',
  'x'.repeat(100_000),
];

/** Saves every claim of the five sample articles, each page with its metadata, and unusual notes and tags on some. */
async function seed(target: ClaimLensDatabase): Promise<Annotation[]> {
  const saved: Annotation[] = [];
  for (const [i, id] of ARTICLE_IDS.entries()) {
    const body = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
    const url = `https://news.example/world/${id}?ref=home`;
    const page = {
      id: `https://news.example/world/${id}`,
      url,
      title: body.split('\n')[0] as string,
      site: 'news.example',
      byline: i % 2 ? 'Staff, "Wire"' : null,
      publishedAt: `2024-10-2${i}T08:00:00Z`,
    };
    for (const [j, claim] of extractClaims(body).claims.entries()) {
      const note = UNUSUAL[(i * 7 + j) % (UNUSUAL.length * 3)] ?? '';
      saved.push(
        await saveAnnotation(
          target,
          page,
          {
            pageId: page.id,
            kind: j % 5 === 0 ? 'selection' : 'claim',
            text: claim.text,
            quantities: claim.quantities,
            attributions: claim.attributions,
            note,
            tags: j % 3 === 0 ? ['north-korea', 'tag, with "comma"', '🇺🇦'] : [],
            selectors: describeSpan(body, claim.start, claim.end),
            context: lastSentence(body.slice(0, claim.start)),
          },
          1_700_000_000_000 + i * 1000 + j,
        ),
      );
    }
  }
  return saved;
}

async function exported(from: ClaimLensDatabase, format: ExportFormat, scope: ExportScope = { all: true }): Promise<string> {
  const chunks: string[] = [];
  await exportAnnotations(from, format, scope, (c) => void chunks.push(c), undefined, new Date('2026-11-23T10:00:00Z'));
  return chunks.join('');
}

const snapshot = async (d: ClaimLensDatabase) => ({
  pages: await d.pages.orderBy('id').toArray(),
  annotations: await d.annotations.orderBy('id').toArray(),
  figures: await d.figures.orderBy('id').toArray(),
});

describe('JSON (W3C Web Annotation) round trip', () => {
  test('export, then import into an empty database, gives identical records, field by field', async () => {
    const saved = await seed(db);
    const json = await exported(db, 'json');
    const collection = JSON.parse(json);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: saved.length });
    const first = collection.first.items[0];
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first.target.source).toMatch(/^https:\/\/news\.example\/world\/000\?ref=home$/);

    const empty = await openFreshDatabase();
    const plan = await planImport(empty, await readImport(new Blob([json])));
    expect([plan.add.length, plan.update.length, plan.skip.length]).toEqual([saved.length, 0, 0]);
    expect(await applyImport(empty, plan)).toBe(saved.length);
    expect(await snapshot(empty)).toEqual(await snapshot(db));
    // Importing the same file again adds nothing.
    const again = await planImport(empty, await readImport(new Blob([json])));
    expect([again.add.length, again.update.length, again.skip.length]).toEqual([0, 0, saved.length]);
    empty.close();
    await empty.delete();
  });

  test('what the store derives (subjects, words, figures and their readings) is read again, never taken from the file', async () => {
    await seed(db);
    const collection = JSON.parse(await exported(db, 'json'));
    // A file that says what each figure was read as, and what each annotation counts: a wrong reading, a wrong subject.
    const forged = { rules: 1, measure: 'percent', thing: 'forged', words: ['forged'] };
    for (const item of collection.first.items) {
      Object.assign(item, { read: forged, subjects: [null], words: ['forged'], figures: [{ read: forged }] });
      Object.assign(item['claimlens:claim'], { read: forged, subjects: [null], figures: [{ read: forged }] });
    }
    const empty = await openFreshDatabase();
    await applyImport(empty, await planImport(empty, await readImport(new Blob([JSON.stringify(collection)]))));
    expect(await snapshot(empty)).toEqual(await snapshot(db));
    expect((await empty.figures.toArray()).every((f) => f.read && f.read.thing !== 'forged')).toBe(true);
    empty.close();
    await empty.delete();
  });

  test('the preview says what is new, what changed since, and what is skipped', async () => {
    const saved = await seed(db);
    const json = await exported(db, 'json');
    const [gone, edited] = saved as [Annotation, Annotation];
    await db.annotations.delete(gone.id);
    await db.annotations.update(edited.id, { updatedAt: 0, note: 'older copy' });
    const plan = await planImport(db, await readImport(new Blob([json])));
    expect(plan.add.map((a) => a.id)).toEqual([gone.id]);
    expect(plan.update.map((a) => a.id)).toEqual([edited.id]);
    expect(plan.skip).toHaveLength(saved.length - 2);
    await applyImport(db, plan);
    expect(await db.annotations.get(edited.id)).toEqual(edited);
  });

  test('annotations from other W3C annotators are imported as selections, once', async () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://hypothes.is/a/Xy12',
          type: 'Annotation',
          created: '2024-10-28T10:00:00Z',
          body: [
            { type: 'TextualBody', value: 'Check against NATO', purpose: 'commenting' },
            { type: 'TextualBody', value: 'troops', purpose: 'tagging' },
          ],
          target: {
            source: 'https://www.voanews.com/a/7841512.html',
            selector: { type: 'TextQuoteSelector', exact: 'about 10,000 troops', prefix: 'has sent ', suffix: ' to train' },
          },
        },
      ],
    };
    const file = new Blob([JSON.stringify(foreign)]);
    await applyImport(db, await planImport(db, await readImport(file)));
    const [imported] = await db.annotations.toArray();
    expect(imported).toMatchObject({
      kind: 'selection',
      text: 'about 10,000 troops',
      note: 'Check against NATO',
      tags: ['troops'],
    });
    expect((await db.pages.toArray()).map((p) => [p.url, p.site])).toEqual([
      ['https://www.voanews.com/a/7841512.html', 'voanews.com'],
    ]);
    const again = await planImport(db, await readImport(file));
    expect(again.skip).toHaveLength(1);
  });
});

describe('bad files: a clear error, and the database unchanged', () => {
  const refused = async (file: Blob, message: RegExp) => {
    const before = await snapshot(db);
    await expect(
      readImport(file)
        .then((p) => planImport(db, p))
        .then((p) => applyImport(db, p)),
    ).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  };

  test('truncated JSON, wrong types at an item, duplicates, foreign links, not a collection', async () => {
    await seed(db);
    const json = await exported(db, 'json');
    await refused(new Blob([json.slice(0, json.length / 2)]), /^not JSON: /);
    await expect(readImport(new Blob(['{']))).rejects.toBeInstanceOf(ImportError);
    const collection = JSON.parse(json);
    const bad = structuredClone(collection);
    const at = bad.first.items.findIndex(
      (x: { 'claimlens:claim': { quantities: unknown[] } }, i: number) => i > 40 && x['claimlens:claim'].quantities.length > 0,
    );
    bad.first.items[at]['claimlens:claim'].quantities[0].value = 'ten';
    await refused(
      new Blob([JSON.stringify(bad)]),
      new RegExp(`^item ${at + 1} \\(${bad.first.items[at].id}\\): claimlens:claim\\.quantities\\.0\\.value: Invalid type`),
    );
    const twice = structuredClone(collection);
    twice.first.items.push(twice.first.items[3]);
    await refused(new Blob([JSON.stringify(twice)]), /: the same annotation as item 4$/);
    const script = structuredClone(collection);
    script.first.items[0].target.source = 'javascript:alert(1)';
    await refused(new Blob([JSON.stringify(script)]), /^item 1 .*target\.source: must be an http or https address$/);
    await refused(new Blob(['{"hello": "world"}']), /^not a W3C annotation collection: /);
    await refused(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]), /^not JSON: /);
  });

  test('a 200 MB file that is not an export, and a file over the limit, are refused without a change', async () => {
    await seed(db);
    const junk = new Uint8Array(200 * 1024 * 1024).fill(0x61);
    await refused(new Blob([junk]), /^not JSON: /);
    await refused(new Blob([junk, junk]), /^the file is 400 MB; the most ClaimLens imports is 256 MB$/);
    expect(MAX_IMPORT_BYTES).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);

  test('a write that fails half-way leaves nothing behind', async () => {
    const source = await openFreshDatabase();
    await seed(source);
    const plan = await planImport(db, await readImport(new Blob([await exported(source, 'json')])));
    // An annotation without an id makes the store refuse it after the others were put.
    plan.add.push({ ...(plan.add[0] as Annotation), id: undefined as unknown as string });
    const before = await snapshot(db);
    await expect(applyImport(db, plan)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    source.close();
    await source.delete();
  });
});

describe('CSV and Markdown', () => {
  test('CSV: RFC 4180, one row per annotation, every field readable back, formulas neutralised', async () => {
    const saved = await seed(db);
    const csv = await exported(db, 'csv');
    expect(csv.startsWith('\uFEFFid,page_url')).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(saved.length + 1);
    const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    for (const a of saved) {
      const row = byId.get(a.id) as Record<string, string>;
      expect(row.text).toBe(a.text);
      expect(row.note).toBe(a.note.startsWith('=') ? `'${a.note}` : a.note);
      expect(row.tags).toBe(a.tags.join('; '));
      expect(row.values).toBe(a.quantities.map((q) => (q.value === null ? '' : String(q.value))).join('; '));
    }
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  test('Markdown: grouped by page, each claim a quote with speaker, figures, note, tags and a link to the passage', async () => {
    await seed(db);
    const md = await exported(db, 'markdown');
    expect(md.match(/^## \[/gm)).toHaveLength(ARTICLE_IDS.length);
    expect(md).toContain('> "We believe that the DPRK has sent around 10,000 soldiers');
    expect(md).toContain('> — **Sabrina Singh**, deputy Pentagon press secretary');
    expect(md).toContain('- Figures: ≈ 10,000 troops');
    expect(md).toContain('- Tags: #north-korea #tag-with-comma `🇺🇦`');
    expect(md).toMatch(
      /\[Open at the passage\]\(<https:\/\/news\.example\/world\/001\?ref=home#:~:text=%22We%20believe%20that%20the,/,
    );
  });

  test('exports of one page and of a tag hold only those', async () => {
    const saved = await seed(db);
    const page = JSON.parse(await exported(db, 'json', { pageId: 'https://news.example/world/003' }));
    expect(page.total).toBe(saved.filter((a) => a.pageId.endsWith('/003')).length);
    const tagged = parse(await exported(db, 'csv', { search: { tag: 'north-korea' } }), { bom: true }) as string[][];
    expect(tagged.length - 1).toBe(saved.filter((a) => a.tags.includes('north-korea')).length);
  });
});
