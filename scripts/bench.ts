// Throughput of the claim extractor against two NLP packages on the same real news text, in one run:
// wink-nlp's entity recogniser and compromise's numbers(). Prints MB/s and the ratios.
import { build } from 'esbuild';
import compromise from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { extractClaims as ExtractClaims } from '../lib/claims/extract';
import { newsCorpus } from './corpus';

// The extractor as it ships, bundled: run through tsx, every closure it makes also calls esbuild's
// keepNames helper, which the extension's build leaves out (8% of the time in stop 14's profile).
const bundle = await build({ entryPoints: ['lib/claims/extract.ts'], bundle: true, format: 'esm', write: false });
const { extractClaims } = (await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0]?.text ?? '').toString('base64')}`
)) as { extractClaims: typeof ExtractClaims };

const texts = newsCorpus().map((d) => d.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
// wink-nlp as its documentation uses it (the default pipeline), cut down to its entity recogniser alone,
// and with no pipeline at all: its tokenizer, the least any of these can do.
const wink = winkNLP(model);
const winkNer = winkNLP(model, ['ner']);
const winkTokens = winkNLP(model, []);

const peers: Array<[string, (text: string) => unknown]> = [
  ['ClaimLens extractClaims', (t) => extractClaims(t)],
  ['wink-nlp entities', (t) => wink.readDoc(t).entities().out()],
  ['wink-nlp entities, ner only', (t) => winkNer.readDoc(t).entities().out()],
  ['wink-nlp tokens, no pipeline', (t) => winkTokens.readDoc(t).tokens().out()],
  ['compromise numbers()', (t) => compromise(t).numbers().json()],
];

/** MB/s of one pass over the corpus by a peer never run before: what a freshly started background sees. */
function coldThroughput(run: (text: string) => unknown): number {
  const start = performance.now();
  for (const t of texts) run(t);
  return bytes / 1e6 / ((performance.now() - start) / 1000);
}

/**
 * MB/s over repeated passes for at least `ms` milliseconds, after `warmMs` of passes. Every peer warms up for the
 * same time: after a single pass the extractor is still being optimised (stop 17: 3.8 MB/s in its first 3 s at
 * load 7–9, 8.5–9.5 after) while wink-nlp is not, so a one-pass warm-up measured our JIT's warm-up, not throughput.
 */
function throughput(run: (text: string) => unknown, warmMs = 2000, ms = 3000): number {
  const warm = performance.now();
  while (performance.now() - warm < warmMs) for (const t of texts) run(t);
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const t of texts) run(t);
    passes++;
  }
  return (bytes * passes) / 1e6 / ((performance.now() - start) / 1000);
}

console.log(`corpus: ${texts.length} articles, ${(bytes / 1024).toFixed(1)} KB of real news text`);
const results = peers.map(([name, run]) => [name, coldThroughput(run), throughput(run)] as const);
const [, oursCold, ours] = results[0] ?? ['', 0, 0];
console.log(`${''.padEnd(30)} ${'first pass'.padStart(12)} ${'warmed'.padStart(12)}`);
for (const [name, cold, warmed] of results) {
  console.log(`${name.padEnd(30)} ${cold.toFixed(2).padStart(7)} MB/s ${warmed.toFixed(2).padStart(7)} MB/s`);
}
for (const [name, cold, warmed] of results.slice(1)) {
  console.log(`ClaimLens / ${name}: ${(ours / warmed).toFixed(1)}× warmed, ${(oursCold / cold).toFixed(1)}× first pass`);
}
