// Scores the extractor's statements on PolNeAR (github.com/networkdynamics/PolNeAR): npm run polnear [-- train] [--misses N]
// POLNEAR_DIR is a folder holding the corpus's dev/ and train/ folders (each with text/ and attributions/), exported
// from its data/ folder outside this repository. The test split is reserved for checking our work: never point at it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { emptyCounts, figures, parseBrat, scoreArticle } from './polnear-score';

const SPLITS = ['dev', 'train'];

function main(argv: string[]): number {
  const dir = process.env.POLNEAR_DIR;
  if (!dir) {
    console.error(
      'polnear: set POLNEAR_DIR to a folder with PolNeAR\'s dev/ and train/ folders, e.g. "git archive HEAD data/dev data/train" ' +
        'from a clone of networkdynamics/PolNeAR, extracted outside this repository (see docs/polnear.md)',
    );
    return 2;
  }
  const split = argv.find((a) => SPLITS.includes(a)) ?? 'dev';
  const missesAt = argv.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(argv[missesAt + 1] ?? 20) : 0;
  const annDir = join(dir, split, 'attributions');
  let files: string[];
  try {
    files = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
  } catch {
    console.error(`polnear: cannot read ${annDir}`);
    return 2;
  }
  // Some articles were annotated by several annotators (file name suffix _<annotator>): the first is used.
  const byArticle = new Map<string, string>();
  for (const f of files.sort()) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  const counts = emptyCounts();
  let failed = 0;
  for (const [article, ann] of byArticle) {
    const text = readFileSync(join(dir, split, 'text', `${article}.txt`), 'utf8');
    try {
      const gold = parseBrat(readFileSync(join(annDir, ann), 'utf8'), text);
      scoreArticle(text, gold, extractClaims(text).attributions, counts);
    } catch (error) {
      console.error(`polnear: ${ann}: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
    }
  }
  const f = figures(counts);
  const line = (name: string, x: { p: number; r: number; f: number }) =>
    `${name.padEnd(28)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f.toFixed(3)}`;
  console.log(`PolNeAR ${split}: ${byArticle.size} articles, ${counts.gold} statements in gold, ${counts.predicted} found`);
  console.log(line('content (Dice ≥ 0.5)', f.content));
  console.log(line('content, exact words', f.exact));
  console.log(line('content + source mention', f.source));
  for (const kind of ['missed', 'extra', 'source'] as const) {
    for (const m of counts.misses.filter((x) => x.kind === kind).slice(0, showMisses))
      console.log(`${kind}\t${m.detail}\t${m.content.slice(0, 160).replace(/\s+/g, ' ')}`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
