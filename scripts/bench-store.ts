// Store benchmark in Chromium with the built extension: 100,000 annotations in the extension's IndexedDB,
// then the popup's first paint, its Saved list, and searches, each timed in the page. Prints the figures.
import { readFileSync } from 'node:fs';
import { describeSpan } from '../lib/anchoring/selectors';
import { extractClaims } from '../lib/claims/extract';
import { sentenceBefore } from '../lib/compare/context';
import { timeOrderedId, withDerived } from '../lib/store/annotations';
import { subjectTerms } from '../lib/store/compare';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { ARTICLE_IDS, CLAIMS } from './paths';
import { startSampleSite } from './sample-site';

const COUNT = Number(process.env.CLAIMLENS_BENCH_COUNT ?? 100_000);

// Real claims from the sample articles, with what their figures count, as the store derives it.
const templates = ARTICLE_IDS.flatMap((id) => {
  const text = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
  return extractClaims(text).claims.map((c) => {
    const { subjects } = withDerived({
      id: '',
      pageId: '',
      kind: 'claim',
      text: c.text,
      quantities: c.quantities,
      attributions: c.attributions,
      note: '',
      tags: [],
      selectors: describeSpan(text, c.start, c.end),
      context: sentenceBefore(text, c.start),
      createdAt: 0,
      updatedAt: 0,
    });
    return {
      text: c.text,
      quantities: c.quantities,
      attributions: c.attributions,
      selectors: describeSpan(text, c.start, c.end),
      context: sentenceBefore(text, c.start),
      subjects,
    };
  });
});
// Time-ordered ids and index terms, as the store makes them: annotation i was saved at i ms.
const ids = Array.from({ length: COUNT }, (_, i) => timeOrderedId(i));
const terms = ids.map((_, i) => subjectTerms(templates[i % templates.length]?.subjects ?? [], i));

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
    async ({ templates, count, ids, terms }) => {
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
              id: ids[i],
              terms: terms[i],
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
    { templates, count: COUNT, ids, terms },
  );
const seconds = ((performance.now() - seeded) / 1000).toFixed(1);
console.log(stored === COUNT ? `${COUNT} annotations already stored` : `seeded ${COUNT} annotations in ${seconds} s`);
// The library page shares the popup's process: closed, so that it does not slow the popup down.
await page.close();

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

// Comparing a page with 100,000 saved claims: the content script's round trip to the background, timed
// on the page's timeline (claimlens:compare), over repeated loads of a generated article of about 50 claims.
const site = await startSampleSite();
const durations: number[] = [];
let passages = 0;
const article = await browser.context.newPage();
for (let run = 0; run < 40; run++) {
  await article.goto(`${site.url}/generated/26kb.html`);
  const measures = await article.waitForFunction(
    () => {
      const found = performance.getEntriesByName('claimlens:compare') as PerformanceMeasure[];
      return found.length > 0 ? found.map((m) => ({ ms: m.duration, passages: m.detail as number })) : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  for (const m of (await measures.jsonValue()) ?? []) {
    durations.push(m.ms);
    passages = m.passages;
  }
}
durations.sort((a, b) => a - b);
const percentile = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? NaN;
const figures = await article.evaluate(() => CSS.highlights.get('claimlens-quantity')?.size ?? 0);
console.log(
  `compare a page of ${passages} claims with figures (${figures} figures) with ${COUNT} saved: ` +
    `p50 ${percentile(0.5).toFixed(1)} ms, p95 ${percentile(0.95).toFixed(1)} ms over ${durations.length} runs`,
);
await article.close();
await site.close();
await browser.close();
