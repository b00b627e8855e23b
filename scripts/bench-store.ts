// Store benchmark in Chromium with the built extension: 100,000 annotations in the extension's IndexedDB,
// then the popup's first paint, its Saved list, searches, and comparing a page with the saved claims, each
// timed where it happens. The popup and the comparison are also timed with nothing stored, as their peers.
import { HIGHLIGHTS } from '../lib/page/paint';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { startSampleSite } from './sample-site';
import { seedStore } from './seed-store';
import { median, percentile } from './stats';

const COUNT = Number(process.env.CLAIMLENS_BENCH_COUNT ?? 100_000);

/**
 * Milliseconds from navigation start to the popup's first contentful paint and to its content showing: the
 * median of seven openings, after two that warm Chromium's caches (the first openings of a profile are slower).
 */
async function popupTimes(browser: ExtensionBrowser): Promise<{ paint: number; painted: number; ready: number }> {
  const paints: number[] = [];
  const readies: number[] = [];
  for (let run = 0; run < 9; run++) {
    const p = await browser.context.newPage();
    await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await p.waitForFunction(() => document.querySelector('main') !== null, undefined, { timeout: 60_000, polling: 'raf' });
    const ready = await p.evaluate(() => performance.now());
    // The paint entry can come a frame after the content; an opening that never reports one is left out.
    const painted = await p
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    const paint = painted
      ? await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
      : NaN;
    await p.close();
    if (run < 2) continue;
    if (Number.isFinite(paint)) paints.push(paint);
    readies.push(ready);
  }
  return { paint: median(paints), painted: paints.length, ready: median(readies) };
}

// Comparing a page with the saved claims, over repeated loads of a generated article of about 50 claims:
// the comparison itself, timed in the background (claimlens:compare on its timeline), and the content
// script's round trip to it (the same name on the page's timeline), which adds the browser's messaging.
const site = await startSampleSite();
// [duration, passages, end of the measure after the highlights were registered] of the last comparison.
const lastMeasure = `(() => {
  const m = performance.getEntriesByName('claimlens:compare').at(-1);
  const done = performance.getEntriesByName('claimlens:done')[0];
  return m ? [m.duration, m.detail, done ? m.startTime + m.duration - done.startTime : NaN] : null;
})()`;
async function compareTimes(browser: ExtensionBrowser) {
  const inBackground: number[] = [];
  const roundTrips: number[] = [];
  const afterHighlights: number[] = [];
  let passages = 0;
  const article = await browser.context.newPage();
  for (let run = 0; run < 40; run++) {
    await article.goto(`${site.url}/generated/26kb.html`);
    const page = await article.waitForFunction(lastMeasure, undefined, { timeout: 60_000 });
    const [trip, count, shown] = (await page.jsonValue()) as [number, number, number];
    roundTrips.push(trip);
    afterHighlights.push(shown);
    passages = count;
    // The background may have been restarted meanwhile: ask the one running now.
    const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
    const [ms] = ((await worker?.evaluate(lastMeasure)) as [number, number] | null) ?? [NaN];
    inBackground.push(ms);
  }
  const figures = await article.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, HIGHLIGHTS.quantity);
  await article.close();
  return { inBackground, roundTrips, afterHighlights, passages, figures };
}
const percentiles = (xs: number[]) => `p50 ${percentile(xs, 0.5).toFixed(1)} ms, p95 ${percentile(xs, 0.95).toFixed(1)} ms`;

// The peer: the same popup and page with nothing stored, in a fresh profile, in this run.
const fresh = await launchWithExtension();
const empty = await popupTimes(fresh);
const emptyCompare = await compareTimes(fresh);
await fresh.close();

// CLAIMLENS_BENCH_PROFILE keeps the seeded profile, so that later runs skip the seeding.
const browser = await launchWithExtension({ profile: process.env.CLAIMLENS_BENCH_PROFILE });
console.log(await seedStore(browser, COUNT));

const full = await popupTimes(browser);
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
console.log(
  `popup first contentful paint, median of the 7 openings (${full.painted} and ${empty.painted} reported one): ` +
    `${full.paint.toFixed(0)} ms with ${COUNT} stored, ${empty.paint.toFixed(0)} ms empty (${ratio(full.paint, empty.paint)})`,
);
console.log(
  `popup content shown, median of 7: ${full.ready.toFixed(0)} ms with ${COUNT} stored, ${empty.ready.toFixed(0)} ms empty (${ratio(full.ready, empty.ready)})`,
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
// Each search five times, from the unfiltered list: the median, and the range.
for (const [name, query] of searches) {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    for (const q of ['', query]) {
      const ms = await p.evaluate(async (text) => {
        const input = document.querySelector('input[type="search"]') as HTMLInputElement;
        const before = document.querySelector('ul.annotations')?.innerHTML ?? document.body.innerHTML;
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Until the list has been redrawn for the new query.
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const now = document.querySelector('ul.annotations')?.innerHTML ?? document.body.innerHTML;
          if (now !== before) return performance.now() - start;
          if (performance.now() - start > 30_000) return NaN;
        }
      }, q);
      if (q) times.push(ms);
    }
  }
  const range = `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}`;
  console.log(`search (${name}): median ${median(times).toFixed(0)} ms (${range} ms over ${times.length} runs)`);
}
await p.close();

const seeded = await compareTimes(browser);
await browser.close();
await site.close();
const ratio95 = (a: number[], b: number[]) => `×${(percentile(a, 0.95) / percentile(b, 0.95)).toFixed(2)}`;
console.log(
  `compare a page of ${seeded.passages} claims with figures (${seeded.figures} figures), over ${seeded.inBackground.length} loads each:\n` +
    `  in the background: ${percentiles(seeded.inBackground)} with ${COUNT} saved (first load: ${seeded.inBackground[0]?.toFixed(1)} ms, ` +
    `its keys not yet read); ${percentiles(emptyCompare.inBackground)} with nothing saved (p95 ${ratio95(seeded.inBackground, emptyCompare.inBackground)})\n` +
    `  page round trip: ${percentiles(seeded.roundTrips)} with ${COUNT} saved; ${percentiles(emptyCompare.roundTrips)} with nothing saved ` +
    `(p95 ${ratio95(seeded.roundTrips, emptyCompare.roundTrips)})\n` +
    `  markers painted after the highlights (the request waits for the page to be idle): ${percentiles(seeded.afterHighlights)} with ${COUNT} saved; ` +
    `${percentiles(emptyCompare.afterHighlights)} with nothing saved\n` +
    // In order: a p95 of 40 loads is their second slowest, and which load it was tells a cold start from the machine.
    `  in the background, load by load (ms): ${seeded.inBackground.map((ms) => ms.toFixed(1)).join(' ')}`,
);
