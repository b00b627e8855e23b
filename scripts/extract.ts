// Extracts claims from article files: npm run --silent extract -- --out DIR FILE...
// Writes DIR/<name>.json shaped like the gold files, with offsets. A file that
// cannot be read gets a one-line error; the others are still written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { articleText } from '../lib/page/html-text';
import { parseHtml } from './parse-html';

export function readArticle(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error('binary file, not text');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!/\.html?$/i.test(file)) return text;
  return articleText(parseHtml(text));
}

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
      const text = readArticle(file);
      const name = basename(file, extname(file));
      const { quantities, attributions, claims } = extractClaims(text);
      writeFileSync(
        join(out, `${name}.json`),
        `${JSON.stringify({ article: name, quantities, attributions, claims }, null, 2)}\n`,
      );
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
      console.error(`extract: ${file}: ${reason === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not UTF-8 text' : reason}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
