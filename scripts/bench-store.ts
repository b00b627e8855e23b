// Store benchmark in Chromium with the built extension: 100,000 annotations in the extension's IndexedDB,
// then the popup's first paint, its Saved list, and searches, each timed in the page. Prints the figures.
import { readFileSync } from 'node:fs';
import { describeSpan } from '../lib/anchoring/selectors';
import { extractClaims } from '../lib/claims/extract';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { ARTICLE_IDS, CLAIMS } from './paths';

const COUNT = Number(process.env.CLAIMLENS_BENCH_COUNT ?? 100_000);

// Real claims from the sample articles, repeated over 1,000 pages with varied notes and tags.
const templates = ARTICLE_IDS.flatMap((id) => {
  const text = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
  return extractClaims(text).claims.map((c) => ({
    text: c.text,
    quantities: c.quantities,
    attributions: c.attributions,
    selectors: describeSpan(text, c.start, c.end),
  }));
});

/** Milliseconds from navigation start to the popup's first contentful paint and to its content showing. */
async function popupTimes(browser: ExtensionBrowser): Promise<{ paint: number; ready: number }> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await p.waitForFunction(() => document.querySelector('main') !== null, undefined, { timeout: 60_000, polling: 'raf' });
  const ready = await p.evaluate(() => performance.now());
  const paint = await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await p.close();
  return { paint, ready };
}

// The peer: the same popup with nothing stored, in a fresh profile, in this run.
const fresh = await launchWithExtension();
await popupTimes(fresh); // the first start of a profile warms Chromium's caches
const empty = await popupTimes(fresh);
await fresh.close();

// CLAIMLENS_BENCH_PROFILE keeps the seeded profile, so that later runs skip the seeding.
const browser = await launchWithExtension({ profile: process.env.CLAIMLENS_BENCH_PROFILE });
const page = await browser.context.newPage();
await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
await page.waitForFunction(() => document.querySelector('main') !== null);

const stored = await page.evaluate(
  () =>
    new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('claimlens');
      open.onsuccess = () => {
        const count = open.result.transaction('annotations').objectStore('annotations').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      };
      open.onerror = () => reject(open.error);
    }),
);
const seeded = performance.now();
if (stored !== COUNT)
  await page.evaluate(
    async ({ templates, count }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tags = ['ukraine', 'north-korea', 'drones', 'casualties', 'kursk', 'pentagon', 'nato', 'russia'];
      const batch = 10_000;
      for (let from = 0; from < count; from += batch) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['pages', 'annotations'], 'readwrite');
          for (let i = from; i < Math.min(count, from + batch); i++) {
            const t = templates[i % templates.length] as (typeof templates)[number];
            const pageId = `https://news.example/${i % 1000}`;
            if (i < 1000) {
              tx.objectStore('pages').put({
                id: pageId,
                url: pageId,
                title: `Story ${i}`,
                site: `site${i % 20}.example`,
                byline: null,
                publishedAt: null,
                firstVisit: i,
                lastVisit: i,
              });
            }
            tx.objectStore('annotations').put({
              id: crypto.randomUUID(),
              pageId,
              kind: 'claim',
              ...t,
              note: `note ${i}`,
              tags: [tags[i % tags.length], tags[(i * 7) % tags.length]],
              // As searchWords() makes them: the distinct words of text, note, tags, speakers and title.
              words: [
                ...new Set(
                  [
                    t.text,
                    `note ${i}`,
                    tags[i % tags.length],
                    tags[(i * 7) % tags.length],
                    ...t.attributions.map((a) => a.speaker),
                    `Story ${i % 1000}`,
                  ]
                    .join(' ')
                    .toLowerCase()
                    .match(/[\p{L}\p{N}]+/gu) ?? [],
                ),
              ],
              terms: t.quantities.map((q) => q.unit ?? '').filter(Boolean),
              createdAt: i,
              updatedAt: i,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { templates, count: COUNT },
  );
const seconds = ((performance.now() - seeded) / 1000).toFixed(1);
console.log(stored === COUNT ? `${COUNT} annotations already stored` : `seeded ${COUNT} annotations in ${seconds} s`);

await popupTimes(browser);
const full = await popupTimes(browser);
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
console.log(
  `popup first contentful paint: ${full.paint.toFixed(0)} ms with ${COUNT} stored, ${empty.paint.toFixed(0)} ms empty (${ratio(full.paint, empty.paint)})`,
);
console.log(
  `popup content shown: ${full.ready.toFixed(0)} ms with ${COUNT} stored, ${empty.ready.toFixed(0)} ms empty (${ratio(full.ready, empty.ready)})`,
);

// The Saved view and searches, timed inside the popup from the input to the list showing the result.
const p = await browser.context.newPage();
await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await p.getByRole('tab', { name: 'Saved' }).click();
await p.waitForFunction(() => document.querySelectorAll('li.annotation').length > 0, undefined, { timeout: 60_000 });
const searches: Array<[string, string]> = [
  ['common word', 'drones'],
  ['speaker', 'sabrina singh'],
  ['note of one annotation', `note ${COUNT - 5}`],
  ['no match', 'zzzz-nothing'],
];
for (const [name, query] of searches) {
  const ms = await p.evaluate(async (q) => {
    const input = document.querySelector('input[type="search"]') as HTMLInputElement;
    const before = document.querySelector('ul.annotations')?.innerHTML ?? document.body.innerHTML;
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Until the list has been redrawn for the new query.
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = document.querySelector('ul.annotations')?.innerHTML ?? document.body.innerHTML;
      if (now !== before) return performance.now() - start;
      if (performance.now() - start > 30_000) return NaN;
    }
  }, query);
  console.log(`search (${name}): ${ms.toFixed(0)} ms`);
}
await p.close();
await browser.close();
