// Throughput of the claim extractor against two NLP packages on the same real news text, in one run:
// wink-nlp's entity recogniser and compromise's numbers(). Prints MB/s and the ratios.
import compromise from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extractClaims } from '../lib/claims/extract';
import { newsCorpus } from './corpus';

const texts = newsCorpus().map((d) => d.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
// wink-nlp as its documentation uses it (the default pipeline), and cut down to its entity recogniser alone.
const wink = winkNLP(model);
const winkNer = winkNLP(model, ['ner']);

const peers: Array<[string, (text: string) => unknown]> = [
  ['ClaimLens extractClaims', (t) => extractClaims(t)],
  ['wink-nlp entities', (t) => wink.readDoc(t).entities().out()],
  ['wink-nlp entities, ner only', (t) => winkNer.readDoc(t).entities().out()],
  ['compromise numbers()', (t) => compromise(t).numbers().json()],
];

/** MB/s over repeated passes for at least `ms` milliseconds, after a warm-up pass. */
function throughput(run: (text: string) => unknown, ms = 3000): number {
  for (const t of texts) run(t);
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const t of texts) run(t);
    passes++;
  }
  return (bytes * passes) / 1e6 / ((performance.now() - start) / 1000);
}

console.log(`corpus: ${texts.length} articles, ${(bytes / 1024).toFixed(1)} KB of real news text`);
const results = peers.map(([name, run]) => [name, throughput(run)] as const);
const ours = results[0]?.[1] ?? 0;
for (const [name, mbps] of results) console.log(`${name.padEnd(30)} ${mbps.toFixed(2).padStart(8)} MB/s`);
for (const [name, mbps] of results.slice(1)) console.log(`ClaimLens / ${name}: ${(ours / mbps).toFixed(1)}×`);
