import { GLUED_CURRENCY_CODES } from './currencies';

/** A word, number or punctuation mark with its UTF-16 offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Character classes. ASCII comes from a table; only other characters meet the regular expressions, and
// the first page a reader opens runs this loop before the engine has optimised it, so it makes no calls
// per ASCII character.
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2; // ASCII digits: numbers are made of these
const LETTER = 3; // letters and combining marks
const NUMERAL = 4; // other numerals ("²", "٣"): part of a word, never a number
const INVISIBLE = 5; // soft hyphens and zero-width marks: not seen by the reader, so neither break nor join words
const ASCII = new Uint8Array(128).map((_, c) =>
  c === 32 || (c >= 9 && c <= 13)
    ? SPACE
    : c >= 48 && c <= 57
      ? DIGIT
      : (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
        ? LETTER
        : OTHER,
);
// Frequent non-ASCII marks in news text, known to be neither space nor letter: ’ ‘ “ ” – — … •
const COMMON_MARKS = new Set([0x2019, 0x2018, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022]);

// U+00AD soft hyphen, U+200B–U+200D zero-width space, non-joiner and joiner, U+2060 word joiner, U+FEFF.
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function otherClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (COMMON_MARKS.has(c)) return OTHER;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return INVISIBLE;
  const ch = text[i] as string;
  return /[\p{L}\p{M}]/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMERAL : /\s/.test(ch) ? SPACE : OTHER;
}

const classAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII[c] as number) : otherClass(text, i);
};

/** True when the character at i is a letter or digit (false past the end). */
export function isWordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const k = classAt(text, i);
  return k === LETTER || k === DIGIT || k === NUMERAL;
}

/** True when the character at i is a letter (false past the end). */
export function isLetterAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) === LETTER;
}

/**
 * Splits text into words, numbers and punctuation marks (one character, or a quotation mark typed as two).
 * Abbreviations like "U.S." stay one token; a word keeps inner apostrophes and hyphens
 * ("Russia’s", "Su-34"); a number keeps its separators ("3,000", "1.6").
 * Written by hand: a regular expression with Unicode classes was the slowest step.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (ASCII[c] as number) : otherClass(text, i);
    if (k === SPACE || k === INVISIBLE) {
      i++;
      continue;
    }
    const start = i;
    // ".28 inches of rain", "a career .290 hitter": a number may open with its decimal point.
    const point = c === 46 && opensNumber(text, i, from, to);
    const kind: Token['kind'] = k === DIGIT || point ? 'number' : k === LETTER ? 'word' : 'punct';
    scanned.upper = false;
    scanned.invisible = false;
    if (kind === 'number') i = numberEnd(text, point ? i + 1 : i, to);
    else if (kind === 'word') i = wordEnd(text, i, from, to);
    else i += punctLength(text, i, c, to);
    const word = scanned.invisible ? text.slice(start, i).replace(INVISIBLES, '') : text.slice(start, i);
    // (An indexed store: optimised code called Array.prototype.push's builtin here for every token, 1-2% of the
    // extractor's instructions under valgrind.)
    tokens[tokens.length] = { text: word, lower: kind === 'word' ? lowerCase(word, c) : word, start, end: i, kind };
  }
  return tokens;
}

/**
 * The length of the mark at i: two for a character outside the Basic Multilingual Plane, and two for a quotation mark
 * typed as two apostrophes or two grave accents (''like this'', ``or this''), as news archives and wire copy stored
 * in ASCII write them (The New York Times's text in PolNeAR: "''It's anti-reform,'' said Mr. Burman").
 */
function punctLength(text: string, i: number, c: number, to: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) return 2;
  return (c === 39 || c === 96) && i + 1 < to && text.charCodeAt(i + 1) === c ? 2 : 1;
}

/** The small ASCII letters as strings, by the code of their capital. */
const SMALL = Array.from({ length: 26 }, (_, k) => String.fromCharCode(97 + k));

/**
 * A word in lower case; `c` is its first character's code. Most words are in lower case already: no second string
 * for them. Most others have one capital, an ASCII letter first: that letter is lowered and the rest kept. News text
 * is most often stored two bytes a character (for its curly quotes), and String.prototype.toLowerCase then leaves
 * optimised code for the runtime and ICU: called on every capitalised word, that was 2-3% of the extractor's time.
 */
function lowerCase(word: string, c: number): string {
  if (scanned.upper) return word.toLowerCase();
  if (c >= 97 && c <= 122) return word;
  return c >= 65 && c <= 90 ? (SMALL[c - 65] as string) + word.slice(1) : word.toLowerCase();
}

/**
 * What the word scan saw besides its end (kept here: no object per word): after its first character, a capital or
 * any letter outside ASCII (which may be one) or the periods of "U.S."; an invisible mark.
 */
const scanned = { upper: false, invisible: false };

/** True when the period at i opens a number: a digit after it, and no letter, digit or period before ("U.S.", "1.5"). */
function opensNumber(text: string, i: number, from: number, to: number): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  if (next < 48 || next > 57) return false;
  if (i === from) return true;
  const k = classAt(text, i - 1);
  return k !== DIGIT && k !== LETTER && text.charCodeAt(i - 1) !== 46;
}

/** The end of the number starting at i, with its separators: "3,000", "1.6". */
function numberEnd(text: string, i: number, to: number): number {
  i = digitsEnd(text, i + 1, to);
  // (Each read is within the span: one past the text's end, once, makes the optimised code call the builtin for
  // every read after.)
  while (i + 1 < to) {
    const sep = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (!((sep === 44 || sep === 46) && next >= 48 && next <= 57)) return i;
    i = digitsEnd(text, i + 2, to);
  }
  return i;
}

/** The end of a run of ASCII digits starting at i. */
function digitsEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) return i;
    i++;
  }
  return i;
}

/** The end of the word starting at start; sets `scanned`. */
function wordEnd(text: string, start: number, from: number, to: number): number {
  // "U.S.", "a.m.": letters each followed by a period.
  let a = start;
  while (a + 1 < to && text.charCodeAt(a + 1) === 46 && classAt(text, a) === LETTER) a += 2;
  if (a - start >= 4) {
    scanned.upper = true;
    return a;
  }
  // "$US91.8 billion": a currency code written against the dollar sign ends before the figure.
  const afterDollar = start > from && text.charCodeAt(start - 1) === 36;
  let i = start + 1;
  // Most of a word is small ASCII letters: they are passed over first, with none of the tests below (which take
  // them as they are). No character is read past `to`: a read past the text's end (a word ending the text) made
  // V8 give up inlining charCodeAt here, and every read of the tokenizer then called the builtin (stop 18: 12% of
  // sentences()'s instructions).
  while (i < to) {
    const d = text.charCodeAt(i);
    if (d < 97 || d > 122) break;
    i++;
  }
  while (i < to) {
    const d = text.charCodeAt(i);
    const kd = d < 128 ? (ASCII[d] as number) : otherClass(text, i);
    // "euro1.3 trillion", "RM12.40", "USD2,300": a currency code written against its figure ends before it.
    if (kd === DIGIT && (afterDollar || GLUED_CURRENCY_CODES.has(text.slice(start, i).toLowerCase()))) break;
    if (kd === LETTER || kd === DIGIT || kd === NUMERAL) {
      if ((d >= 65 && d <= 90) || d > 127) scanned.upper = true;
      i++;
    } else if (kd === INVISIBLE && i + 1 < to && isWordCharAt(text, i + 1)) {
      // "Gov\u00ADernment": one word as the reader sees it; its offsets keep the mark.
      scanned.invisible = true;
      i++;
    } else if ((d === 39 || d === 0x2019) && i + 1 < to && classAt(text, i + 1) === LETTER) i++;
    else if ((d === 45 || d === 0x2010 || d === 0x2011) && i + 1 < to && isWordCharAt(text, i + 1)) i++;
    else break;
  }
  return i;
}

/**
 * "twenty-five" → ["twenty", "five"]: a word split at its first hyphen, or null
 * when it has none (at or before index `within`, if given).
 */
export function splitAtHyphen(word: string, within = word.length): [string, string] | null {
  const i = hyphenIndex(word, within);
  return i < 0 ? null : [word.slice(0, i), word.slice(i + 1)];
}

/** The index of a word's first inner hyphen (at or before `within`), or -1. */
export function hyphenIndex(word: string, within = word.length): number {
  const last = Math.min(word.length - 2, within);
  for (let i = 1; i <= last; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return i;
  }
  return -1;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;

// ASCII is checked without a regular expression: Unicode classes are slow to compile, and the first
// page a reader opens pays for that compilation.

/** True when a word starts with a capital letter. */
export function startsUpper(text: string): boolean {
  if (text.length === 0) return false; // (no read past the end: see wordEnd)
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && UPPER.test(text));
}

/** True when a word starts with a small letter. */
export function startsLower(text: string): boolean {
  if (text.length === 0) return false;
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
