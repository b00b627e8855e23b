// Mozilla's Readability against ClaimLens's own article finder, on every saved news page, in Chromium:
// how much of each one's text Reader View keeps (expected.html), how much of Reader View's text each
// finds, the time each takes on the live page, and what each adds to the content script (minified, gzipped).
// npm run bench:article
// CLAIMLENS_ARTICLE_BASELINE=<lib/page folder of another checkout> also times that checkout's finder in the same
// page, each load's calls alternating with ours (this machine is shared: only a same-run comparison holds),
// cold (its first call, as the content script runs it) and warm, and checks that both find the same text.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchWithExtension } from './chromium';
import { parseHtml } from './parse-html';
import { PAGE_NAMES, PAGES } from './paths';
import { startSampleSite } from './sample-site';
import { median } from './stats';

const bundle = async (contents: string) =>
  (
    await build({
      stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
    })
  ).outputFiles[0]?.text ?? '';

const ours = await bundle(`import { findArticleRoot } from '../lib/page/article';
import { buildTextMap } from '../lib/page/text-map';
(globalThis as any).__ours = () => { const root = findArticleRoot(document); return root ? buildTextMap(root).text : ''; };`);
const baselineDir = process.env.CLAIMLENS_ARTICLE_BASELINE;
const baseline = baselineDir
  ? await bundle(`import { findArticleRoot } from '${baselineDir}/article';
import { buildTextMap } from '${baselineDir}/text-map';
(globalThis as any).__baseline = () => { const root = findArticleRoot(document); return root ? buildTextMap(root).text : ''; };`)
  : '';
const readability = await bundle(`import { Readability } from '@mozilla/readability';
// Readability changes the document it reads: it is given a copy, as the content script would have to.
(globalThis as any).__readability = () => new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';`);

const normal = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Share of a text's paragraphs (over 40 characters) found in the reference, and of the reference's found in it. */
function overlap(text: string, reference: Document): { precision: number; recall: number } {
  const expected = normal(reference.body.textContent ?? '');
  const mine = text
    .split(/\n\s*\n|(?<=[.!?”"])\s{2,}/)
    .map(normal)
    .filter((p) => p.length > 40);
  const theirs = [...reference.querySelectorAll('p')].map((p) => normal(p.textContent ?? '')).filter((p) => p.length > 40);
  const flat = normal(text);
  return {
    precision: mine.length ? mine.filter((p) => expected.includes(p)).length / mine.length : 0,
    recall: theirs.length ? theirs.filter((p) => flat.includes(p)).length / theirs.length : 0,
  };
}

const RUNS = Number(process.env.CLAIMLENS_BENCH_LOADS ?? 5);
const site = await startSampleSite();
const browser = await launchWithExtension({ extension: false });
const page = await browser.context.newPage();
const totals = { ours: [] as number[], readability: [] as number[] };
console.log('page          ours: in RV  of RV   ms     Readability: in RV  of RV   ms');
for (const name of PAGE_NAMES) {
  const reference = parseHtml(readFileSync(`${PAGES}/${name}/expected.html`, 'utf8'));
  await page.goto(`${site.url}/pages/${name}/`);
  // Evaluated through the DevTools protocol, which the page's script-src 'none' does not stop.
  await page.evaluate(`${ours};${readability}`);
  const row: string[] = [name.padEnd(14)];
  for (const finder of ['__ours', '__readability'] as const) {
    const times: number[] = [];
    let text = '';
    for (let i = 0; i < RUNS; i++) {
      const run = await page.evaluate((f) => {
        const start = performance.now();
        const out = (globalThis as unknown as Record<string, () => string>)[f]?.() ?? '';
        return { text: out, ms: performance.now() - start };
      }, finder);
      times.push(run.ms);
      text = run.text;
    }
    const { precision, recall } = overlap(text, reference);
    const ms = median(times);
    (finder === '__ours' ? totals.ours : totals.readability).push(ms);
    row.push(
      `${(100 * precision).toFixed(0).padStart(10)}%${(100 * recall).toFixed(0).padStart(6)}%${ms.toFixed(1).padStart(7)}`,
    );
  }
  console.log(row.join('   '));
}
if (baseline) await compareWithBaseline();
await browser.close();
await site.close();
console.log(
  `median time per page: ours ${median(totals.ours).toFixed(1)} ms, Readability ${median(totals.readability).toFixed(1)} ms`,
);
console.log(
  `slowest page: ours ${Math.max(...totals.ours).toFixed(1)} ms, Readability ${Math.max(...totals.readability).toFixed(1)} ms`,
);
for (const [label, code] of [
  ['ours (finder + text map)', ours],
  ['Readability 0.6.0', readability],
] as const) {
  console.log(
    `${label}: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`,
  );
}

/**
 * Per saved page, fresh loads (best an even number): the first call in the page (cold, each finder first in
 * every other load) and 5 warm calls of each, the two alternating.
 */
async function compareWithBaseline(): Promise<void> {
  console.log(`page          ${baselineDir}: cold / warm ms    this checkout: cold / warm ms`);
  const sums = { baseline: [0, 0], ours: [0, 0] };
  for (const name of PAGE_NAMES) {
    const times = { baseline: [[], []] as number[][], ours: [[], []] as number[][] };
    for (let load = 0; load < RUNS; load++) {
      const tab = await browser.context.newPage();
      await tab.goto(`${site.url}/pages/${name}/`);
      await tab.evaluate(`${ours};${baseline}`);
      const order = load % 2 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
      const texts = new Set<string>();
      for (let call = 0; call < 6; call++) {
        for (const who of order) {
          const run = await tab.evaluate((f) => {
            const start = performance.now();
            const text = (globalThis as unknown as Record<string, () => string>)[f]?.() ?? '';
            return { text, ms: performance.now() - start };
          }, `__${who}`);
          // Cold only when first in the page: the second finder finds the nodes' wrappers made by the first.
          if (call > 0 || who === order[0]) times[who][call === 0 ? 0 : 1]?.push(run.ms);
          texts.add(run.text);
        }
      }
      if (texts.size !== 1) throw new Error(`${name}: the two finders read different texts`);
      await tab.close();
    }
    const cells = (['baseline', 'ours'] as const).map((who) =>
      times[who].map((t, i) => {
        const ms = median(t);
        (sums[who][i] as number) += ms;
        return ms.toFixed(1).padStart(6);
      }),
    );
    console.log(`${name.padEnd(14)}${cells.map((c) => c.join(' /')).join('                 ')}`);
  }
  console.log(
    `sum of the pages' medians: baseline ${sums.baseline.map((v) => v.toFixed(1)).join(' / ')}, ours ${sums.ours.map((v) => v.toFixed(1)).join(' / ')}`,
  );
}
