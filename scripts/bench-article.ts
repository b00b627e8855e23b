// Mozilla's Readability against ClaimLens's own article finder, on every saved news page, in Chromium:
// how much of each one's text Reader View keeps (expected.html), how much of Reader View's text each
// finds, the time each takes on the live page, and what each adds to the content script (minified, gzipped).
// npm run bench:article
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
