import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anchorSpan, describeSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import { articleText } from '@/lib/page/html-text';
import { parseHtml } from '../../scripts/parse-html';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
/** Where an offset outside the edited part moves to. */
const move = (offset: number, e: Edit) => (offset <= e.at ? offset : offset + e.insert.length - e.remove);

/** One random edit that leaves the span [start, end) itself alone: a paragraph inserted, a sentence deleted, a word changed nearby. */
function randomEdit(text: string, start: number, end: number, next: () => number): Edit {
  const kind = Math.floor(next() * 3);
  if (kind === 0) {
    const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index).filter((i) => i <= start);
    const at = breaks.length > 0 ? (breaks[Math.floor(next() * breaks.length)] as number) : 0;
    return { at, remove: 0, insert: '\n\nA new paragraph the editors added later, with 12 more words and a quote.' };
  }
  if (kind === 1) {
    const sentences = [...text.matchAll(/[^.!?\n]+[.!?]\s/g)].filter((m) => m.index + m[0].length <= start || m.index >= end);
    const s = sentences[Math.floor(next() * sentences.length)];
    if (s) return { at: s.index, remove: s[0].length, insert: '' };
  }
  // A word changed within 40 characters before or after the span.
  const before = next() < 0.5;
  const windowStart = before ? Math.max(0, start - 40) : end;
  const windowEnd = before ? start : Math.min(text.length, end + 40);
  const words = [...text.slice(windowStart, windowEnd).matchAll(/\p{L}{3,}/gu)];
  const w = words[Math.floor(next() * words.length)];
  if (!w) return { at: 0, remove: 0, insert: 'Updated: ' };
  return { at: windowStart + w.index, remove: w[0].length, insert: 'changed' };
}

describe('re-anchoring saved spans on edited pages', () => {
  test('at least 99% of claims and quotes are found again at the right text', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    const next = random(2024);
    for (const name of PAGE_NAMES) {
      const text = articleText(parseHtml(readFileSync(`${PAGES}/${name}/source.html`, 'utf8')));
      const { claims, quantities } = extractClaims(text);
      const spans = [...claims.map((c) => [c.start, c.end]), ...quantities.map((q) => [q.start, q.end])] as Array<
        [number, number]
      >;
      for (const [start, end] of spans) {
        for (let trial = 0; trial < 5; trial++) {
          const edit = randomEdit(text, start, end, next);
          const [quote, position] = describeSpan(text, start, end);
          const edited = apply(text, edit);
          const found = anchorSpan(edited, quote, position);
          total++;
          if (found && found.start === move(start, edit) && found.end === move(end, edit)) right++;
          else wrong.push(`${name}: ${JSON.stringify(quote.exact.slice(0, 50))}`);
        }
      }
    }
    const share = right / total;
    console.log(`re-anchored ${right} of ${total} spans (${(share * 100).toFixed(2)}%) after random edits`);
    expect(share, wrong.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  test('an edited sentence is still found, fuzzily, and an absent one is not invented', () => {
    const text = 'Officials said Thursday that Russia attacked the region with about a dozen aerial drones overnight.';
    const [quote, position] = describeSpan(text, 29, text.length);
    const edited = `Update. ${text.replace('about a dozen', 'roughly 12')}`;
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toMatch(
      /^Russia attacked the region with roughly 12 aerial drones overnight\.?$/,
    );
    expect(anchorSpan('A different article about the weather in Kyiv.', quote, position)).toBeNull();
  });

  test('two equal copies with equal context are given up, not guessed', () => {
    const text = 'He said no. He said no.';
    const [quote] = describeSpan(text, 3, 10);
    expect(anchorSpan('He said no. He said no.', { ...quote, prefix: '', suffix: '' })).toBeNull();
  });
});
