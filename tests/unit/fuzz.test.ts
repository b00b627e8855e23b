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

  // Each text is made of `n` repeats of a piece: the work must grow linearly with n. Timed at n/4 and n
  // (the better of two runs each, since the machine may be busy), a linear step gives a ratio near 4 and a
  // quadratic one near 16; the ratio, unlike a time limit, does not depend on how fast the machine is.
  const names = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `Q${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)} said it. `,
    ).join('');
  test.each<[string, (n: number) => string, number]>([
    ['1 MB of words without punctuation', (n) => 'troops said officials according to the ministry '.repeat(n), 21_000],
    ['1 MB of figures with no noun', (n) => '3,000 12 about 7 between 5 and '.repeat(n), 34_000],
    ['200,000 unbalanced quote marks', (n) => '“ said ” “ '.repeat(n), 50_000],
    ['1.6 MB of distinct names, each saying something', names, 110_000],
    [
      '2 MB of sources described between commas, in one sentence',
      (n) => 'According to John Smith, a professor at Yale, Stephen Moir, in charge of X, said '.repeat(n),
      24_000,
    ],
    ['control characters', (n) => '\u0000\u0001 said \u0002 3,000 \u001f troops \u007f'.repeat(n), 10_000],
  ])(
    '%s takes time linear in its length',
    (_name, make, n) => {
      const time = (text: string) => {
        const started = performance.now();
        checkInvariants(text);
        return performance.now() - started;
      };
      const quarter = make(n / 4);
      const whole = make(n);
      const small = Math.min(time(quarter), time(quarter));
      const large = Math.min(time(whole), time(whole));
      expect(large / Math.max(small, 1)).toBeLessThan(8);
      // Four timings of up to 2 MB: allowed more than the default on a busy machine.
    },
    180_000,
  );

  test('a 100,000-digit number is read', () => {
    checkInvariants(`${'9'.repeat(100_000)} troops`);
  });
});
