// Export and import benchmark in Chromium with the built extension. Exports 10,000 and 100,000 stored
// annotations from the library page (JSON, then CSV and Markdown for the larger), timing each and sampling
// the page's JS heap (Chrome DevTools Protocol) to show whether memory grows with the count; then imports
// the exported JSON into a fresh profile through the library's preview, timed. The peer, in the same run:
// IndexedDB writing and reading as many records of one number each; and, in Node, the import's work before it
// writes (parse, check, derive), as a lower bound. Prints the figures.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { readImport } from '../lib/exchange/import';
import { withDerived } from '../lib/store/annotations';
import { savedFigures } from '../lib/store/compare';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { seedStore } from './seed-store';

const LARGE = Number(process.env.CLAIMLENS_BENCH_COUNT ?? 100_000);
const SMALL = LARGE / 10;
// Importing the large file writes every search index entry: minutes in IndexedDB, so only when asked.
const IMPORT_LARGE = process.env.CLAIMLENS_BENCH_IMPORT_ALL === '1';

type Chrome = { chrome: { downloads: { search: (q: object) => Promise<Array<{ filename: string; state: string }>> } } };

async function library(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForFunction(() => document.querySelector('main') !== null);
  return page;
}

/** Exports everything in a format; returns the time, the heap's peak above its level before, and the file. */
async function exportAll(browser: ExtensionBrowser, page: Page, format: string) {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const downloads = () => page.evaluate(() => (globalThis as unknown as Chrome).chrome.downloads.search({ state: 'complete' }));
  const done = await downloads();
  await page.getByLabel('Export format').selectOption(format);
  const start = performance.now();
  await page.getByRole('button', { name: 'Export everything' }).click();
  await page.getByText(/^Exported \d+ annotations/).waitFor({ timeout: 600_000 });
  const seconds = (performance.now() - start) / 1000;
  sampling = false;
  await sampler;
  let file = '';
  while (!file) {
    const items = await downloads();
    file = items.length > done.length ? (items.find((i) => !done.some((d) => d.filename === i.filename))?.filename ?? '') : '';
    if (!file) await new Promise((r) => setTimeout(r, 100));
  }
  // What stays after a collection: garbage not yet collected counts in the peak, not here.
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  // Downloads live in the browser's temporary folder, gone when it closes: the file is kept for the import.
  const kept = join(tmpdir(), `claimlens-bench-${Date.now()}-${basename(file)}`);
  copyFileSync(file, kept);
  return {
    seconds,
    heapMB: (peak - before) / 2 ** 20,
    retainedMB: (after - before) / 2 ** 20,
    file: kept,
    fileMB: statSync(kept).size / 2 ** 20,
  };
}

/** Imports a file into a fresh profile through the library: time to the preview, then to the written records. */
async function importInto(file: string) {
  const browser = await launchWithExtension();
  try {
    const page = await library(browser);
    const start = performance.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(/to add, \d+ to update/).waitFor({ timeout: 600_000 });
    const preview = (performance.now() - start) / 1000;
    const write = performance.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported \d+ annotations/).waitFor({ timeout: 1_800_000 });
    return { preview, write: (performance.now() - write) / 1000 };
  } finally {
    await browser.close();
  }
}

/**
 * The peer: IndexedDB itself, in the same page. Writes `count` records of one number each in one transaction
 * into a scratch database, then reads them back with getAll; seconds for each. Any design with a record per
 * annotation pays at least this.
 */
async function indexedDbFloor(page: Page, count: number): Promise<{ write: number; read: number }> {
  return page.evaluate(`(async () => {
    const done = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const open = indexedDB.open('claimlens-bench-floor', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records');
    const db = await done(open);
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('records');
      for (let i = 0; i < ${count}; i++) store.put(i, i);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const written = performance.now();
    await done(db.transaction('records').objectStore('records').getAll());
    const read = performance.now();
    db.close();
    await done(indexedDB.deleteDatabase('claimlens-bench-floor'));
    return { write: (written - started) / 1000, read: (read - written) / 1000 };
  })()`);
}

/**
 * What an import must do before it writes anything, timed in Node on the exported file: parse the JSON, check
 * every item (readImport, which parses too), and compute the fields the store's indexes need. Node runs the
 * same work faster than the library page, so this is a lower bound for the page's import.
 */
async function importWorkInNode(file: string) {
  const seconds = (since: number) => (performance.now() - since) / 1000;
  const bytes = readFileSync(file);
  let start = performance.now();
  JSON.parse(bytes.toString('utf8'));
  const parse = seconds(start);
  start = performance.now();
  const { annotations, pages } = await readImport(new Blob([bytes]));
  const check = seconds(start);
  start = performance.now();
  for (const a of annotations) savedFigures(withDerived(a, pages.get(a.pageId)), pages.get(a.pageId));
  return { parse, check, derive: seconds(start) };
}

const results: Array<{
  count: number;
  json: Awaited<ReturnType<typeof exportAll>>;
  floor: Awaited<ReturnType<typeof indexedDbFloor>>;
}> = [];
for (const count of [SMALL, LARGE]) {
  // CLAIMLENS_BENCH_PROFILE keeps the large seeded profile between runs (bench:store uses the same).
  const browser = await launchWithExtension({ profile: count === LARGE ? process.env.CLAIMLENS_BENCH_PROFILE : undefined });
  console.log(await seedStore(browser, count));
  const page = await library(browser);
  const json = await exportAll(browser, page, 'json');
  const floor = await indexedDbFloor(page, count);
  results.push({ count, json, floor });
  console.log(
    `export ${count} as JSON: ${json.seconds.toFixed(2)} s, ${json.fileMB.toFixed(0)} MB file, ` +
      `page heap peak +${json.heapMB.toFixed(1)} MB, retained +${json.retainedMB.toFixed(1)} MB`,
  );
  console.log(
    `IndexedDB alone, ${count} one-number records: written in ${floor.write.toFixed(2)} s, read in ${floor.read.toFixed(2)} s ` +
      `(export as JSON ×${(json.seconds / floor.read).toFixed(1)} that read)`,
  );
  const work = await importWorkInNode(json.file);
  console.log(
    `import ${count}, work before any write, in Node: JSON.parse ${work.parse.toFixed(2)} s; parse and check every item ` +
      `${work.check.toFixed(2)} s; derived fields and figures ${work.derive.toFixed(2)} s`,
  );
  if (count === LARGE) {
    for (const format of ['csv', 'markdown']) {
      const other = await exportAll(browser, page, format);
      console.log(
        `export ${count} as ${format}: ${other.seconds.toFixed(2)} s, ${other.fileMB.toFixed(0)} MB file, ` +
          `page heap peak +${other.heapMB.toFixed(1)} MB, retained +${other.retainedMB.toFixed(1)} MB`,
      );
    }
  }
  await browser.close();
}
const [small, large] = results as [(typeof results)[number], (typeof results)[number]];
console.log(
  `export heap peak, ${LARGE} vs ${SMALL} annotations: ×${(large.json.heapMB / small.json.heapMB).toFixed(2)} ` +
    `for ×${LARGE / SMALL} the annotations`,
);
for (const { count, json, floor } of results) {
  if (count === LARGE && !IMPORT_LARGE) {
    console.log(`import ${count}: skipped (set CLAIMLENS_BENCH_IMPORT_ALL=1; it takes minutes)`);
    continue;
  }
  const timing = await importInto(json.file);
  console.log(
    `import ${count} into a fresh profile: read, check and preview ${timing.preview.toFixed(2)} s, ` +
      `write ${timing.write.toFixed(2)} s (${(count / (timing.preview + timing.write)).toFixed(0)} annotations/s; ` +
      `the write ×${(timing.write / floor.write).toFixed(1)} IndexedDB's for as many one-number records)`,
  );
}
