// Hostile pages (see hostile-pages.ts), loaded with ClaimLens and without it in the same run: the time for
// each to settle (load, our highlights when ClaimLens runs, then the first idle moment), their ratio, the
// longest task the page saw, and our own longest stretch between two waits.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
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
  console.log(`\nhostile pages, ${loads} loads each (medians; longest task and stretch the worst of them)`);
  console.log(
    'page                   settles without   with ClaimLens   ratio   longest task without   with ClaimLens   our longest stretch   capped',
  );
  for (const name of Object.keys(HOSTILE_PAGES)) {
    const url = `${base}/${encodeURIComponent(name)}`;
    const a: Settle[] = [];
    const b: Settle[] = [];
    // Interleaved, so that the machine's load drifts over both alike.
    for (let i = 0; i < loads; i++) {
      a.push(await settle(without, url, false));
      b.push(await settle(withUs, url, true));
    }
    const plain = median(a.map((s) => s.settled));
    const ours = median(b.map((s) => s.settled));
    const row = [
      name.padEnd(23),
      `${plain.toFixed(0).padStart(12)} ms`,
      `${ours.toFixed(0).padStart(14)} ms`,
      `${(ours / plain).toFixed(2).padStart(7)}x`,
      `${longest(a).padStart(19)} ms`,
      `${longest(b).padStart(14)} ms`,
      `${Math.max(...b.map((s) => s.longestStretch))
        .toFixed(1)
        .padStart(19)} ms`,
      String(b.some((s) => s.capped)).padStart(9),
    ];
    console.log(row.join(''));
  }
  await withUs.close();
  await without.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHostilePages(Number(process.env.CLAIMLENS_BENCH_LOADS ?? 3));
