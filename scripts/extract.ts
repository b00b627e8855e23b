// Extracts claims from article files: npm run --silent extract -- --out DIR FILE...
// Writes DIR/<name>.json shaped like the gold files, with offsets. A file that
// cannot be read gets a one-line error; the others are still written.
// With --explain instead of --out, prints each figure and statement with the rules that read it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import type { RuleHit } from '../lib/claims/types';
import { readArticle, readError } from './read-article';

const USAGE = 'usage: npm run --silent extract -- (--out DIR | --explain) FILE...';

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  const explain = argv.includes('--explain');
  const files = argv.filter((a, i) => i !== outIndex && i !== outIndex + 1 && a !== '--explain');
  if ((!out && !explain) || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (out) mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const { text, warnings } = readArticle(file);
      for (const warning of warnings) console.error(`extract: ${file}: warning: ${warning}`);
      const name = basename(file, extname(file));
      if (explain) console.log(explanation(name, text));
      else writeExtraction(join(out as string, `${name}.json`), name, text);
    } catch (error) {
      failed++;
      console.error(`extract: ${file}: ${readError(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function writeExtraction(path: string, article: string, text: string): void {
  const { quantities, attributions, claims } = extractClaims(text);
  writeFileSync(path, `${JSON.stringify({ article, quantities, attributions, claims }, null, 2)}\n`);
}

/** Every figure and statement of the text, each followed by the rule hits that overlap it. */
function explanation(article: string, text: string): string {
  const hits: RuleHit[] = [];
  const { quantities, attributions } = extractClaims(text, (hit) => hits.push(hit));
  const why = (start: number, end: number) =>
    hits
      .filter((h) => h.start < end && h.end > start)
      .map((h) => `    ${h.rule} ${JSON.stringify(text.slice(h.start, h.end))}${h.detail ? `: ${h.detail}` : ''}`);
  const lines = [`# ${article}`];
  for (const q of quantities) {
    const unit = q.currency ?? q.unit ?? '-';
    lines.push(
      `figure ${JSON.stringify(q.text)} @${q.start} ${q.kind} value ${q.value ?? `${q.low}..${q.high}`} ${q.approx} ${unit}`,
    );
    lines.push(...why(q.start, q.end));
  }
  for (const a of attributions) {
    const content = a.content.length > 60 ? `${a.content.slice(0, 57)}...` : a.content;
    lines.push(`statement ${a.type} "${a.speakerText}" → ${a.speaker} (${a.cue}) @${a.cueStart}: ${JSON.stringify(content)}`);
    // (The source's own rule reads the mention, which may stand before both the cue and the content.)
    const from = Math.min(a.cueStart, a.contentStart, a.speakerStart ?? a.cueStart);
    lines.push(...why(from, Math.max(a.cueEnd, a.contentEnd, a.speakerEnd ?? a.cueEnd)));
  }
  return lines.join('\n');
}

process.exitCode = main(process.argv.slice(2));
