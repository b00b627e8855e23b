import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '@/lib/claims/tokens';

const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Every token's lower-case form is what String.prototype.toLowerCase makes of its text, whichever path made it. */
function expectLowerCase(text: string): void {
  for (const t of tokenize(text)) {
    expect(t.lower).toBe(t.text.toLowerCase());
    expect(t.text).toBe(text.slice(t.start, t.end).replace(INVISIBLES, ''));
  }
}

describe('tokenize: lower-case forms', () => {
  // The tokenizer lowers a word with one ASCII capital first itself, and leaves every other word with a capital to
  // toLowerCase: each kind of word here takes one of the paths.
  test.each([
    // Reuters, 2023-05-04: a capital first, the rest small letters; with an apostrophe and a hyphen.
    ['Russia’s Su-34 bombers struck Kharkiv on Thursday, Ukraine’s Air Force said.'],
    // Capitals after the first letter, and abbreviations: "NATO", "McDonald", "U.S.", "a.m.".
    ['NATO allies met McDonald’s chief at 9 a.m. in the U.S. capital.'],
    // Letters outside ASCII, first and later: "Élysée", "Zürich", "ΣΟΦΙΑ", "İstanbul" (whose lower case is longer).
    ['The Élysée said Zürich banks and ΣΟΦΙΑ Ltd. had offices in İstanbul.'],
    // A soft hyphen inside a capitalised word (AP, 2024-03-12, as a page wrote it).
    ['Gov\u00ADernment officials told Con\u00ADgress on Tuesday.'],
    // A figure glued to its currency code and a word glued to its figure: "USD2,300", "x1800", "magnitude-5.9".
    ['It cost USD2,300 for the 2880x1800 screen after a magnitude-5.9 quake.'],
  ])('%s', (text) => expectLowerCase(text));

  test('random text with capitals, marks and letters outside ASCII', () => {
    const pieces = ['A', 'b', 'Z', 'q', 'É', 'é', 'İ', 'Σ', 'ß', '’', "'", '-', '.', ' ', '\u00AD', '1', ',', '“', 'Mc'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => expectLowerCase(parts.join(''))),
      { numRuns: 500 },
    );
  });
});
