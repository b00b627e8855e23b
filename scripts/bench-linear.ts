// Growth of the extractor's time on pathological texts (scripts/pathological-texts.ts): each is timed at a quarter
// of its size and at its whole size, best of three. Linear work gives a ratio near 4, quadratic near 16. wink-nlp's
// tokenizer, timed the same way on the same texts in the same run, shows what the machine and its garbage collector
// make of linear work. Exits 1 when our ratio passes 8 (a guard against quadratic rules, run by hand or in CI).
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extractClaims } from '../lib/claims/extract';
import { pathologicalTexts } from './pathological-texts';

const LIMIT = 8;
const winkTokens = winkNLP(model, []);

function bestOfThree(run: (text: string) => unknown, text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run(text);
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

/** Time at the whole size over time at a quarter of it. */
function growth(run: (text: string) => unknown, make: (n: number) => string, n: number) {
  const quarter = bestOfThree(run, make(n / 4));
  const whole = bestOfThree(run, make(n));
  return { quarter, whole, ratio: whole / Math.max(quarter, 0.1) };
}

let failed = false;
console.log(`${'text'.padEnd(60)} ${'ClaimLens n/4 → n'.padStart(26)} ${'wink-nlp tokens'.padStart(16)}`);
for (const { name, make, n } of pathologicalTexts) {
  const ours = growth((t) => extractClaims(t), make, n);
  const wink = growth((t) => winkTokens.readDoc(t).tokens().out(), make, n);
  failed ||= ours.ratio > LIMIT;
  const times = `${ours.quarter.toFixed(0)} → ${ours.whole.toFixed(0)} ms, ${ours.ratio.toFixed(1)}×`;
  console.log(`${name.padEnd(60)} ${times.padStart(26)} ${`${wink.ratio.toFixed(1)}×`.padStart(16)}`);
}
console.log(failed ? `FAIL: a ratio above ${LIMIT}× (quadratic growth)` : `all ratios ≤ ${LIMIT}×`);
process.exitCode = failed ? 1 : 0;
