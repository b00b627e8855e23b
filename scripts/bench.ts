// Throughput of the claim extractor against two NLP packages on the same real news text, in one run:
// wink-nlp's entity recogniser and compromise's numbers(). Prints MB/s and the ratios, each the median of rounds.
import { build } from 'esbuild';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

// Timed in this process's CPU time, not wall time: four helpers may share two cores, and another process's
// turn would count against whichever peer was running. Each peer runs in turns of `TURN` ms, all peers in each
// round, after a full collection, so that no peer pays for another's garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const TURN = 600;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Bytes and CPU milliseconds of one turn of whole passes over the corpus. */
function turn(run: (text: string) => unknown): [number, number] {
  gc();
  let passes = 0;
  const start = cpuMs();
  while (cpuMs() - start < TURN) {
    for (const t of texts) run(t);
    passes++;
  }
  return [bytes * passes, cpuMs() - start];
}

console.log(`corpus: ${texts.length} articles, ${(bytes / 1024).toFixed(1)} KB of real news text; ${ROUNDS} rounds`);
for (const [, run] of peers) for (const t of texts) run(t);
const totals = peers.map(() => [0, 0]);
const ratios: number[][] = peers.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  const speeds = peers.map(([, run], k) => {
    const [b, ms] = turn(run);
    const total = totals[k] as number[];
    [total[0], total[1]] = [(total[0] as number) + b, (total[1] as number) + ms];
    return b / ms;
  });
  speeds.forEach((v, k) => ratios[k]?.push((speeds[0] as number) / v));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
peers.forEach(([name], k) => {
  const [b, ms] = totals[k] as number[];
  console.log(`${name.padEnd(30)} ${((b as number) / 1e3 / (ms as number)).toFixed(2).padStart(8)} MB/s`);
});
peers.slice(1).forEach(([name], k) => {
  const each = ratios[k + 1] as number[];
  const range = `${Math.min(...each).toFixed(1)}–${Math.max(...each).toFixed(1)}`;
  console.log(`ClaimLens / ${name}: ${median(each).toFixed(1)}× (median of ${ROUNDS} rounds; ${range})`);
});
