// Hostile pages (see hostile-pages.ts), loaded with ClaimLens and without it in the same run: the time for
// each to settle (load, our highlights when ClaimLens runs, then the first idle moment), their ratio, the
// longest task the page saw, and our own longest stretch between two waits. CLAIMLENS_HOSTILE_BASELINE=<folder
// of another benchmark build> loads that build too, in turn with the others (old against new in one run).
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, type ExtensionBrowser, launchWithExtension } from './chromium';
import { HOSTILE_PAGES } from './hostile-pages';
import { median } from './stats';

interface Settle {
  settled: number;
  longestTask: number;
  longestStretch: number;
  capped: boolean;
}

// In the page's own world from its first moment: long tasks, and the time it settles. With ClaimLens that
// waits for our last mark (benchmark builds make it); then the first idle callback is the moment it settled.
// Looking for the mark every 20 ms costs us nothing measurable: in 5 loads of the deep page a
// PerformanceObserver of marks never saw it sooner (-0.1 to +13 ms against the polling; stop 18).
// (A string: tsx would wrap a function's inner functions in a helper the page does not have.)
const recordSettling = (withClaimLens: boolean) => `
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  const ours = new Promise((resolve) => {
    if (!${withClaimLens}) return resolve();
    const poll = () => (performance.getEntriesByName('claimlens:done').length > 0 ? resolve() : setTimeout(poll, 20));
    poll();
  });
  const loaded = new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
  window.__settled = Promise.all([ours, loaded]).then(() => new Promise((resolve) => requestIdleCallback(() => resolve(performance.now()))));
`;

async function settle(browser: ExtensionBrowser, url: string, withClaimLens: boolean): Promise<Settle> {
  const page = await browser.context.newPage();
  await page.addInitScript(recordSettling(withClaimLens));
  await page.goto(url, { timeout: 600_000 });
  const result = await page.evaluate(async () => {
    const w = window as unknown as { __longTasks: number[]; __settled: Promise<number> };
    const settled = await w.__settled;
    const done = performance.getEntriesByName('claimlens:done')[0] as PerformanceMark | undefined;
    const detail = (done?.detail ?? {}) as { longestStretch?: number; capped?: boolean };
    return {
      settled,
      longestTask: Math.max(0, ...w.__longTasks),
      longestStretch: detail.longestStretch ?? NaN,
      capped: detail.capped ?? false,
    };
  });
  await page.close();
  return result;
}

const longest = (loads: Settle[]) => Math.max(...loads.map((s) => s.longestTask)).toFixed(0);

/**
 * Another benchmark build to load in the same run (CLAIMLENS_HOSTILE_BASELINE, its folder): the machine's
 * load moves these ratios by a factor of two between runs, so two builds are only compared within one.
 */
async function launchBaseline(dir: string): Promise<ExtensionBrowser> {
  const extension = resolve(dir);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'claimlens-baseline-')), {
    executablePath: CHROMIUM,
    headless: true,
    // The flags launchWithExtension gives the two other browsers (until stop 18 this one ran without the last
    // five, its background networking and component updates on).
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1100, height: 900 },
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' || route.request().url().startsWith('chrome-extension:')
      ? route.continue()
      : route.abort(),
  );
  if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
  return { context, extensionId: '', close: () => context.close() };
}

/** Prints the hostile pages' table: LOADS loads each, with and without ClaimLens, medians and worst cases. */
export async function benchHostilePages(loads = 3): Promise<void> {
  const server = createServer((req, res) => {
    const make = HOSTILE_PAGES[decodeURIComponent((req.url ?? '/').slice(1))];
    res.writeHead(make ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(make ? make() : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const withUs = await launchWithExtension();
  const without = await launchWithExtension({ extension: false });
  const baselineDir = process.env.CLAIMLENS_HOSTILE_BASELINE;
  const baseline = baselineDir ? await launchBaseline(baselineDir) : null;
  console.log(`\nhostile pages, ${loads} loads each (medians; longest task and stretch the worst of them)`);
  if (baseline) console.log(`(and the build in ${baselineDir}, loaded in turn with the others: its ratio and stretch last)`);
  console.log(
    'page                   settles without   with ClaimLens   ratio   longest task without   with ClaimLens   our longest stretch   capped' +
      (baseline ? '   baseline ratio   its stretch' : ''),
  );
  // CLAIMLENS_HOSTILE_PAGES=<words, |-separated> measures only the pages named with one (more loads of one page).
  const only = process.env.CLAIMLENS_HOSTILE_PAGES?.split('|');
  for (const name of Object.keys(HOSTILE_PAGES).filter((n) => !only || only.some((word) => n.includes(word)))) {
    const url = `${base}/${encodeURIComponent(name)}`;
    const a: Settle[] = [];
    const b: Settle[] = [];
    const c: Settle[] = [];
    // Interleaved, each load in another order, so that the machine's load drifts over all alike.
    const turns: Array<() => Promise<unknown>> = [
      async () => a.push(await settle(without, url, false)),
      async () => b.push(await settle(withUs, url, true)),
    ];
    if (baseline) turns.push(async () => c.push(await settle(baseline, url, true)));
    for (let i = 0; i < loads; i++)
      for (let j = 0; j < turns.length; j++) await (turns[(i + j) % turns.length] as () => Promise<unknown>)();
    const plain = median(a.map((s) => s.settled));
    const ours = median(b.map((s) => s.settled));
    const stretch = (loads: Settle[]) =>
      Math.max(...loads.map((s) => s.longestStretch))
        .toFixed(1)
        .padStart(19);
    const row = [
      name.padEnd(23),
      `${plain.toFixed(0).padStart(12)} ms`,
      `${ours.toFixed(0).padStart(14)} ms`,
      `${(ours / plain).toFixed(2).padStart(7)}x`,
      `${longest(a).padStart(19)} ms`,
      `${longest(b).padStart(14)} ms`,
      `${stretch(b)} ms`,
      String(b.some((s) => s.capped)).padStart(9),
    ];
    if (baseline) row.push(`${(median(c.map((s) => s.settled)) / plain).toFixed(2).padStart(16)}x`, `${stretch(c)} ms`);
    console.log(row.join(''));
  }
  await baseline?.close();
  await withUs.close();
  await without.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHostilePages(Number(process.env.CLAIMLENS_BENCH_LOADS ?? 3));
