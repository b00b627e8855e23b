// Extracts claims from article files: npm run --silent extract -- --out DIR FILE...
// Writes DIR/<name>.json shaped like the gold files, with offsets. A file that
// cannot be read gets a one-line error; the others are still written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { readArticle, readError } from './read-article';

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  const files = argv.filter((_, i) => i !== outIndex && i !== outIndex + 1);
  if (!out || files.length === 0) {
    console.error('usage: npm run --silent extract -- --out DIR FILE...');
    return 2;
  }
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const { text, warnings } = readArticle(file);
      for (const warning of warnings) console.error(`extract: ${file}: warning: ${warning}`);
      const name = basename(file, extname(file));
      const { quantities, attributions, claims } = extractClaims(text);
      writeFileSync(
        join(out, `${name}.json`),
        `${JSON.stringify({ article: name, quantities, attributions, claims }, null, 2)}\n`,
      );
    } catch (error) {
      failed++;
      console.error(`extract: ${file}: ${readError(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
