import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { pathologicalTexts } from '../../scripts/pathological-texts';

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

  // The timing of these texts (linear growth) is measured by `npm run bench:linear`; here only what must hold.
  test.each(pathologicalTexts.map((t) => [t.name, t] as const))(
    '%s keeps every invariant',
    (_name, { make, n }) => checkInvariants(make(n)),
    60_000,
  );

  test('a 100,000-digit number is read', () => {
    checkInvariants(`${'9'.repeat(100_000)} troops`);
  });
});
