// Page-layer benchmark in Chromium with the built extension: for each saved news page, each sample
// article and a generated 1 MB article, loaded several times, the time from DOMContentLoaded to highlights
// registered, our own work, and the longest main-thread task while ClaimLens worked (as the page observes
// it, and as we time it). Also the content scripts' size, minified and gzipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { HIGHLIGHTS } from '../lib/page/paint';
import { benchHostilePages } from './bench-hostile';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { ARTICLE_IDS, EXTENSION_DIR, PAGE_NAMES } from './paths';
import { startSampleSite } from './sample-site';
import { median } from './stats';

interface Timing {
  dclToDone: number;
  /** From our script's first module to the highlights registered. */
  work: number;
  /** Of it, setting up our modules, before our main function starts. */
  setup: number;
  longestTask: number;
  longestStretch: number;
  /** Our work on the page's main thread: every stretch between two waits, added up. */
  mainThread: number;
  quantities: number;
}

const site = await startSampleSite();
const browser = await launchWithExtension();
// CLAIMLENS_PAGE_BASELINE=<folder of another benchmark build>: that build is loaded too, each page's loads
// alternating between the two, so that the machine's load falls on both alike (this machine is shared).
const baselineDir = process.env.CLAIMLENS_PAGE_BASELINE;
const baseline = baselineDir ? await launchWithExtension({ extensionDir: baselineDir }) : null;
// Long tasks are recorded from the very start of each page, in the page's own world.
for (const b of [browser, baseline]) {
  await b?.context.addInitScript(() => {
    const w = window as unknown as { __longTasks: PerformanceEntry[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  });
}

async function measure(path: string, on: ExtensionBrowser = browser): Promise<Timing> {
  const page = await on.context.newPage();
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName('claimlens:done').length > 0, undefined, { timeout: 60_000 });
  const timing = await page.evaluate((figures) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const start = performance.getEntriesByName('claimlens:start')[0]?.startTime ?? 0;
    const loaded = performance.getEntriesByName('claimlens:loaded')[0]?.startTime ?? start;
    const doneMark = performance.getEntriesByName('claimlens:done')[0] as PerformanceMark | undefined;
    const done = doneMark?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks;
    // Only tasks that overlap our work count against us.
    const ours = tasks.filter((t) => t.startTime < done && t.startTime + t.duration > loaded);
    return {
      dclToDone: done - nav.domContentLoadedEventStart,
      work: done - loaded,
      setup: start - loaded,
      longestTask: Math.max(0, ...ours.map((t) => t.duration)),
      longestStretch: Number(doneMark?.detail?.longestStretch ?? NaN),
      mainThread: Number(doneMark?.detail?.total ?? NaN),
      quantities: CSS.highlights.get(figures)?.size ?? 0,
    };
  }, HIGHLIGHTS.quantity);
  await page.close();
  return timing;
}

// Each page is loaded LOADS times (this machine varies by tens of percent from load to load): times are the
// loads' medians, the longest task and stretch the worst of them.
const LOADS = Number(process.env.CLAIMLENS_BENCH_LOADS ?? 5);
async function measureLoads(path: string): Promise<Timing> {
  const loads: Timing[] = [];
  const old: Timing[] = [];
  for (let i = 0; i < LOADS; i++) {
    if (baseline && i % 2 === 1) old.push(await measure(path, baseline));
    loads.push(await measure(path));
    if (baseline && i % 2 === 0) old.push(await measure(path, baseline));
  }
  if (baseline) baselineRows.push([path, summary(old)]);
  return summary(loads);
}

const baselineRows: Array<[string, Timing]> = [];
function summary(loads: Timing[]): Timing {
  return {
    dclToDone: median(loads.map((t) => t.dclToDone)),
    work: median(loads.map((t) => t.work)),
    setup: median(loads.map((t) => t.setup)),
    longestTask: Math.max(...loads.map((t) => t.longestTask)),
    longestStretch: Math.max(...loads.map((t) => t.longestStretch)),
    mainThread: median(loads.map((t) => t.mainThread)),
    quantities: loads[0]?.quantities ?? 0,
  };
}

const rows: Array<[string, Timing]> = [];
for (const name of PAGE_NAMES) rows.push([name, await measureLoads(`/pages/${name}/`)]);
for (const id of ARTICLE_IDS) rows.push([`sample ${id}`, await measureLoads(`/articles/${id}.html`)]);
rows.push(['generated 1 MB article', await measureLoads('/generated/1mb.html')]);
await browser.close();
await baseline?.close();
await site.close();

// Two views of "no task over 50 ms": the page's long task observer, which Chromium shows only some of an
// extension's tasks (not those that follow a reply from the extension), and our own longest stretch between
// two waits, which the highlighter times itself.
// "Our work" runs from our script's first module (after WXT's polyfill) to the highlights registered;
// "of it, setup" is our modules' own set-up before the main function starts.
console.log(`${LOADS} loads each: medians of the times, the worst of the longest task and stretch`);
console.log(
  'page                      DCL→highlights   our work   of it, setup   main thread   longest task   our longest stretch   figures',
);
for (const [name, t] of rows) {
  console.log(
    `${name.padEnd(26)}${t.dclToDone.toFixed(1).padStart(10)} ms${t.work.toFixed(1).padStart(10)} ms${t.setup.toFixed(1).padStart(12)} ms${(t.setup + t.mainThread).toFixed(1).padStart(11)} ms${t.longestTask.toFixed(0).padStart(12)} ms${t.longestStretch.toFixed(1).padStart(19)} ms${String(t.quantities).padStart(10)}`,
  );
}
const typical = rows.filter(([n]) => n !== 'generated 1 MB article').map(([, t]) => t.work);
console.log(`median of our work on a real article (each the median of ${LOADS} loads): ${median(typical).toFixed(1)} ms`);
const mainThread = rows.filter(([n]) => n !== 'generated 1 MB article').map(([, t]) => t.setup + t.mainThread);
console.log(`median of our main-thread work on a real article (set-up included): ${median(mainThread).toFixed(1)} ms`);
if (baseline) {
  // The same pages, loaded in turn with the build above: page by page, then the same two medians.
  console.log(`\nthe build in ${baselineDir}, loaded in turn: main thread, that build → this one`);
  for (const [i, [name, t]] of rows.entries()) {
    const b = (baselineRows[i] as [string, Timing])[1];
    console.log(
      `${name.padEnd(26)}${(b.setup + b.mainThread).toFixed(1).padStart(8)} ms${(t.setup + t.mainThread).toFixed(1).padStart(10)} ms`,
    );
  }
  const old = baselineRows.slice(0, -1).map(([, t]) => t);
  console.log(
    `median of our work on a real article: ${median(old.map((t) => t.work)).toFixed(1)} → ${median(typical).toFixed(1)} ms`,
  );
  const oldMain = median(old.map((t) => t.setup + t.mainThread));
  console.log(`median of our main-thread work on a real article: ${oldMain.toFixed(1)} → ${median(mainThread).toFixed(1)} ms`);
}
// Every page loads both: the highlighter at document_idle and the setting reader at document_start.
for (const [name, file] of [
  ['content script', 'content-scripts/content.js'],
  ['setting reader', 'early-setting.js'],
]) {
  const script = readFileSync(`${EXTENSION_DIR}/${file}`);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`${name}: ${kb(script.length)} KB minified, ${kb(gzipSync(script).length)} KB gzipped`);
}
await benchHostilePages(Number(process.env.CLAIMLENS_HOSTILE_LOADS ?? 3));
