import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

/** Checks what must hold for any input: spans inside the text, in order, and equal to what they claim to cover. */
function checkInvariants(text: string): void {
  const { quantities, attributions, claims } = extractClaims(text);
  for (const q of quantities) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThan(q.end);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  for (const a of attributions) {
    expect(a.contentStart).toBeGreaterThanOrEqual(0);
    expect(a.contentEnd).toBeLessThanOrEqual(text.length);
    expect(a.contentStart).toBeLessThanOrEqual(a.contentEnd);
    expect(text.slice(a.contentStart, a.contentEnd)).toBe(a.content);
    expect(a.cueStart).toBeLessThan(a.cueEnd);
    expect(a.cueEnd).toBeLessThanOrEqual(text.length);
  }
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    for (const q of c.quantities) expect(q.start >= c.start && q.end <= c.end).toBe(true);
  }
}

// Pieces of news text that exercise the rules, to be shuffled into hostile inputs.
const pieces = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  ',',
  '.',
  ':',
  ' ',
  '\n',
  '\n\n',
  '\u0000',
  '\u0007',
  '\u202e',
  '—',
  'said',
  'told reporters',
  'according to',
  'Kirby',
  'she',
  'The ministry',
  'about',
  'more than',
  'between',
  'and',
  'to',
  '3,000',
  '1.6',
  'million',
  'a dozen',
  'a couple of',
  'thousand',
  'tens of',
  'thousands',
  '99999999999999999999999999999999',
  '2:1',
  '40%',
  '$',
  '£5bn',
  '-year-old',
  'Oct.',
  '2024',
  'one',
  'of',
  'the',
  'drones',
  'troops',
  'U.S.',
  'Gen.',
  'who',
  'adding',
  'citing',
  '9/11',
];

describe('extractor on random and hostile text', () => {
  test('random unicode never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(text)),
      { numRuns: 500 },
    );
  });

  test('shuffled news fragments never throw and keep offsets inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => checkInvariants(parts.join(' '))),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['1 MB of words without punctuation', 'troops said officials according to the ministry '.repeat(21_000)],
    ['1 MB of figures with no noun', '3,000 12 about 7 between 5 and '.repeat(34_000)],
    ['200,000 unbalanced quote marks', '“ said ” “ '.repeat(50_000)],
    [
      '1.6 MB of distinct names, each saying something',
      Array.from(
        { length: 110_000 },
        (_, i) => `Q${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)} said it. `,
      ).join(''),
    ],
    [
      '2 MB of sources described between commas, in one sentence',
      'According to John Smith, a professor at Yale, Stephen Moir, in charge of X, said '.repeat(24_000),
    ],
    ['a 100,000-digit number', `${'9'.repeat(100_000)} troops`],
    ['control characters', '\u0000\u0001 said \u0002 3,000 \u001f troops \u007f'.repeat(10_000)],
  ])('%s finishes quickly', (_name, text) => {
    const started = performance.now();
    checkInvariants(text);
    // Linear work: well under a few seconds even on a slow CI machine; a quadratic step would take minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
