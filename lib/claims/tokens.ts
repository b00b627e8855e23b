/** A word, number or punctuation mark with its UTF-16 offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

// ASCII first: the regular expressions only see the rare other characters.
const isLetter = (c: number, text: string, i: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && !COMMON_MARKS.has(c) && LETTER.test(text[i] as string));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number, text: string, i: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  isDigit(c) ||
  (c > 127 && !COMMON_MARKS.has(c) && LETTER_OR_NUMBER.test(text[i] as string));
/** True when the character at i is a letter or digit (false past the end). */
export const isWordCharAt = (text: string, i: number) => i < text.length && isWordChar(text.charCodeAt(i), text, i);
const isSpaceAt = (c: number, text: string, i: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && !COMMON_MARKS.has(c) && SPACE.test(text[i] as string));
// Frequent non-ASCII marks in news text, known to be neither space nor letter: ’ ‘ “ ” – — … •
const COMMON_MARKS = new Set([0x2019, 0x2018, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022]);
const APOSTROPHES = new Set([39, 0x2019]);
const HYPHENS = new Set([45, 0x2010, 0x2011]);

/**
 * Splits text into words, numbers and single punctuation marks. Abbreviations
 * like "U.S." stay one token; a word keeps inner apostrophes and hyphens
 * ("Russia’s", "Su-34"); a number keeps its separators ("3,000", "1.6").
 * Written by hand: a regular expression with Unicode classes was the slowest step.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    let upper = false;
    if (isDigit(c)) {
      kind = 'number';
      i++;
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      while (i + 1 < to && (text[i] === ',' || text[i] === '.') && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
    } else if (isLetter(c, text, i)) {
      kind = 'word';
      upper = c < 97 || c > 122;
      // "U.S.", "a.m.": letters each followed by a period.
      let k = i;
      while (k + 1 < to && isLetter(text.charCodeAt(k), text, k) && text[k + 1] === '.') k += 2;
      if (k - i >= 4) i = k;
      else {
        i++;
        while (i < to) {
          const d = text.charCodeAt(i);
          if (isWordChar(d, text, i)) {
            if (d < 97 || d > 122) upper = true;
            i++;
          } else if (APOSTROPHES.has(d) && i + 1 < to && isLetter(text.charCodeAt(i + 1), text, i + 1)) i++;
          else if (HYPHENS.has(d) && i + 1 < to && isWordChar(text.charCodeAt(i + 1), text, i + 1)) i++;
          else break;
        }
      }
    } else {
      kind = 'punct';
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    const word = text.slice(start, i);
    // Most words are lower case already: no second string for them.
    tokens.push({ text: word, lower: upper ? word.toLowerCase() : word, start, end: i, kind });
  }
  return tokens;
}

/** "twenty-five" → ["twenty", "five"]: a word split at its first hyphen, or null when it has none. */
export function splitAtHyphen(word: string): [string, string] | null {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return [word.slice(0, i), word.slice(i + 1)];
  }
  return null;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;

// ASCII is checked without a regular expression: Unicode classes are slow to compile, and the first
// page a reader opens pays for that compilation.

/** True when a word starts with a capital letter. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && UPPER.test(text));
}

/** True when a word starts with a small letter. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && LOWER.test(text));
}

/** True when every character is a capital letter ("NATO", "BBC"); `min` is the shortest length that counts. */
export function isAllUpper(text: string, min = 1): boolean {
  if (text.length < min) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return ALL_UPPER.test(text);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsUpper(token.text);
}

/** True when b follows a with no space between ("155" + "mm", "40" + "%"). */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index of the first token starting at or after offset (tokens.length if none). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
