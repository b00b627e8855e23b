import { adjacent, hyphenIndex, splitAtHyphen, type Token } from './tokens';

const UNITS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
export const SCALES: ReadonlyMap<string, number> = table({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
  mn: 1e6,
  // South Asian English: "₹1,200 crore", "2 lakh farmers".
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});
// Abbreviated scales written onto the digits: "$5bn", "£3m", "20k".
const ATTACHED_SCALES = table({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 });
// "dozens", "tens of thousands": a count with no figure.
const VAGUE = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'trillions']);
const FRACTIONS = table({
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
  // "exactly one sixth", "a sixth of", "one eighth": read only where no ordinal can be meant (see partAfter).
  sixth: 1 / 6,
  sixths: 1 / 6,
  eighth: 1 / 8,
  eighths: 1 / 8,
});

const SINGLE_PARTS = new Set(['third', 'quarter', 'fourth', 'fifth', 'tenth', 'sixth', 'eighth']);

/** A number expression found at a token: its value and the index after its last token. */
export interface ParsedNumber {
  value: number | null;
  end: number;
  vague: boolean;
  /** Digits written as words ("three") rather than figures. */
  words: boolean;
  fraction: boolean;
}

/** A lookup that no key like "constructor" can fool, unlike a plain object. */
function table(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries));
}

const digitsValue = (text: string) => Number(text.replace(/,/g, ''));

/**
 * A figure times its scale, without the binary fraction's tail: "$16.4 million" is 16,400,000, where 16.4 * 1e6 is
 * 16399999.999999998 (one scaled figure in 25 had such a tail).
 */
export const times = (value: number, factor: number) => (factor === 1 ? value : Number((value * factor).toPrecision(12)));

/**
 * "½ pp.", "2½ miles" (The Spokesman-Review, 2024-02-09): fractions written as one character, which the tokenizer
 * keeps as a mark of their own.
 */
const VULGAR: ReadonlyMap<string, number> = table({
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
  '⅕': 1 / 5,
});
export const VULGAR_FRACTIONS: ReadonlySet<string> = new Set(VULGAR.keys());

/** "1/2" in "7 1/2 years": the fraction of a mixed number starting at tokens[i], or null. */
const SLASHES = new Set(['/', '⁄']);
// "a 1/4 mile paved oval": the common fractions, which no date or score is written as ("9/11", "24/7" are not).
const COMMON_DENOMINATORS = new Set(['2', '3', '4', '8', '16']);

/** "1/4" in "a 1/4 inch gap", "1⁄8": a common fraction standing alone at tokens[i] (no date's third part follows). */
function commonFraction(tokens: Token[], i: number): number | null {
  const [slash, b, after] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!COMMON_DENOMINATORS.has(b?.text ?? '') || (after && SLASHES.has(after.text) && adjacent(b, after))) return null;
  return after?.kind === 'word' && slash !== undefined && tokens[i - 1]?.kind !== 'number' ? mixedFraction(tokens, i) : null;
}

function mixedFraction(tokens: Token[], i: number): number | null {
  const [a, slash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !slash || !b || !SLASHES.has(slash.text) || !adjacent(a, slash) || !adjacent(slash, b)) return null;
  if (tokens[i - 1]?.end === a.start || !/^\d+$/.test(a.text) || !/^\d+$/.test(b.text)) return null;
  const [top, bottom] = [Number(a.text), Number(b.text)];
  return top > 0 && top < bottom && bottom <= 16 ? top / bottom : null;
}

const figure = (value: number | null, end: number): ParsedNumber => ({ value, end, vague: false, words: false, fraction: false });
const inWords = (value: number | null, end: number, fraction = false): ParsedNumber => ({
  value,
  end,
  vague: false,
  words: true,
  fraction,
});

/** Parses the number expression starting at tokens[i], or returns null. */
export function parseNumber(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'number') return andAPart(tokens, parseDigits(tokens, i), i);
  const vulgar = t.kind === 'punct' ? VULGAR.get(t.text) : undefined;
  if (vulgar !== undefined) return { value: vulgar, end: i + 1, vague: false, words: false, fraction: true };
  if (t.kind !== 'word') return null;
  if (t.lower === 'a' || t.lower === 'an') return parseArticle(tokens, i);
  return andAPart(tokens, parseWords(tokens, i), i);
}

/** "two and a half miles", "five and a half million": a half or a quarter added to a whole number, then its scale. */
function andAPart(tokens: Token[], p: ParsedNumber | null, i: number): ParsedNumber | null {
  if (p === null || p.value === null || tokens[p.end]?.lower !== 'and' || tokens[p.end + 1]?.lower !== 'a') return p;
  const part = tokens[p.end + 2]?.lower === 'half' ? 0.5 : tokens[p.end + 2]?.lower === 'quarter' ? 0.25 : 0;
  // (Only before any scale: "3 million and a half" is rare, "a million and a half" ambiguous.)
  if (part === 0 || p.vague || p.fraction || !Number.isInteger(p.value) || p.value >= 100 || p.end - i > 1) return p;
  const run = scaleRun(tokens, p.end + 3);
  return { ...p, value: times(p.value + part, run.factor), end: run.end };
}

/** "3,000", "1.6 million", "7 1/2", "$5bn", "15-thousand". */
function parseDigits(tokens: Token[], i: number): ParsedNumber | null {
  const [t, next, after] = [tokens[i] as Token, tokens[i + 1], tokens[i + 2]];
  // "1,000" style separators must group by three, else it is a list ("1,2").
  if (t.text.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t.text)) return null;
  const value = digitsValue(t.text);
  const half = mixedFraction(tokens, i + 1);
  if (half !== null && /^\d+$/.test(t.text)) return figure(value + half, i + 4);
  // "2½ miles", "3 ½ years".
  const vulgar = next?.kind === 'punct' && /^\d+$/.test(t.text) ? VULGAR.get(next.text) : undefined;
  if (vulgar !== undefined) return figure(value + vulgar, i + 2);
  const part = commonFraction(tokens, i);
  if (part !== null) return { value: part, end: i + 3, vague: false, words: false, fraction: true };
  const glued = next && adjacent(t, next) && next.kind === 'word' ? next : undefined;
  const power = glued ? exponent(glued) : null;
  // (Read as one number, "1e-5" is 0.00001 exactly, where 1 × 10⁻⁵ is not.)
  if (power !== null) return figure(Number(`${t.text.replace(/,/g, '')}e${power}`), i + 2);
  const attached = glued ? attachedScale(tokens, i, glued) : undefined;
  if (attached !== undefined) return figure(times(value, attached), i + 2);
  // "15-thousand troops", as KBS writes it.
  const hyphenated =
    next?.text === '-' && adjacent(t, next) && adjacent(next, after) ? SCALES.get(after?.lower ?? '') : undefined;
  if (hyphenated !== undefined) return figure(times(value, hyphenated), i + 3);
  const scale = scaleRun(tokens, i + 1, signBefore(tokens, i));
  return figure(times(value, scale.factor), scale.end);
}

const SIGNS = new Set(['$', '£', '€', '¥', '₹']);
/** "$13": a currency sign written against the figure at tokens[i]. */
function signBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && SIGNS.has(before.text) && adjacent(before, tokens[i]);
}

/**
 * "$5bn", "20k"; "$160MM", "$140-150MM" and "$2.174T" in finance's style, but only after a sign ("155mm" is a
 * calibre, "100t" a weight).
 */
function attachedScale(tokens: Token[], i: number, next: Token): number | undefined {
  if (next.lower === 'm' && raceDistance(tokens, i)) return undefined;
  if (next.text !== 'MM' && next.text !== 'T') return ATTACHED_SCALES.get(next.lower);
  const sign = tokens[i - 1]?.text === '-' ? tokens[i - 3] : tokens[i - 1];
  const money = sign?.text === '$' || sign?.text === '£' || sign?.text === '€';
  return money ? (next.text === 'T' ? 1e12 : 1e6) : undefined;
}

/**
 * "to beat Justin Gatlin to the 100m title" (The Infostride, 2015-08-23), "in the men's 100m final" (SCMP, AFP,
 * 2015-08-23), "in the 200m": a race's distance in metres written onto the figure at tokens[i] (elsewhere "100m"
 * is 100 million): a distance raced, with no currency sign, after "the" or a possessive or before the event.
 */
export function raceDistance(tokens: Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 2]];
  if (!RACES.has((tokens[i] as Token).text) || (before !== undefined && SIGNS.has(before.text))) return false;
  if (after !== undefined && EVENTS.has(after.lower)) return true;
  const opened = before !== undefined && (before.lower === 'the' || /['’]s$/.test(before.text));
  return opened && (after === undefined || after.kind === 'punct' || after.lower === 'in' || after.lower === 'at');
}
const RACES = new Set(['50', '60', '100', '110', '200', '400', '800', '1500', '5000', '10000']);
const EVENTS = new Set(
  'title final finals heat heats semi-final semi-finals semifinal semifinals race record freestyle backstroke breaststroke butterfly medley relay hurdles sprint dash gold silver bronze champion'.split(
    ' ',
  ),
);

/** "e-3" in "9.83e-3", "e6" in "1.5e6": the power of ten of a figure in scientific notation, else null. */
export function exponent(word: Token): number | null {
  const m = word.kind === 'word' && word.lower.charCodeAt(0) === 101 ? /^e([-+]?\d{1,3})$/.exec(word.lower) : null;
  return m ? Number(m[1]) : null;
}

/** "a dozen", "a couple of thousand", "a hundred", "a quarter of the drones", "a third of voters", "a quarter point". */
function parseArticle(tokens: Token[], i: number): ParsedNumber | null {
  const [next, after] = [tokens[i + 1], tokens[i + 2]];
  if (next?.lower === 'dozen') return scaled(12, tokens, i + 2);
  if (next?.lower === 'couple' && after?.lower === 'of') {
    const base = scaleRun(tokens, i + 3);
    return inWords(2 * base.factor, base.end);
  }
  if (next && ARTICLE_SCALES.has(next.lower)) return scaled(1, tokens, i + 1);
  // "a quarter million", "a half million": a part of a scale.
  const ofScale = next && after && ARTICLE_SCALES.has(after.lower) ? FRACTIONS.get(next.lower) : undefined;
  if (ofScale !== undefined && (next as Token).lower !== 'halves') return scaled(ofScale, tokens, i + 2);
  const part = next && SINGLE_PARTS.has(next.lower) ? FRACTIONS.get(next.lower) : undefined;
  // ("critically wounded a third, police said": without "of", a part is an ordinal.)
  const ofWhat = after?.lower === 'of' || after?.lower === 'point' || after?.lower === 'percentage';
  if (part !== undefined && (ofWhat || cutBy(tokens, i, i + 2))) return inWords(part, i + 2, true);
  return null;
}
const ARTICLE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);

/**
 * "cut the risk of dying from lung cancer by half, according to", "could cut the risk of the disease coming back in
 * half" (Houston Eagle and Sloboden Pečat, after The Guardian, 2023-06-04): a part after "by" or "in" that ends the
 * phrase (tokens[end] is no noun it could be an ordinal of: "by a third party").
 */
function cutBy(tokens: Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]?.lower;
  const after = tokens[end];
  return (before === 'by' || before === 'in') && (after === undefined || after.kind === 'punct' || PHRASE_ENDS.has(after.lower));
}
const PHRASE_ENDS = new Set([
  'in',
  'since',
  'from',
  'over',
  'to',
  'and',
  'compared',
  'between',
  'or',
  'after',
  'before',
  'by',
  'than',
  'within',
  'according',
]);

/** "half of Americans", "dozens", "six-in-ten", "two-thirds", "five-year", "two hundred and fifty thousand". */
function parseWords(tokens: Token[], i: number): ParsedNumber | null {
  const [t, next, after] = [tokens[i] as Token, tokens[i + 1], tokens[i + 2]];
  if (t.lower === 'half' && (next?.lower === 'of' || cutBy(tokens, i, i + 1))) return inWords(0.5, i + 1, true);
  if (t.lower === 'half' && next?.lower === 'a' && after?.lower === 'dozen') return scaled(6, tokens, i + 3);
  if (t.lower === 'half' && (next?.lower === 'a' || next?.lower === 'an')) return halfA(tokens, i);
  if (t.lower === 'dozen') return scaled(12, tokens, i + 1);
  if (VAGUE.has(t.lower)) {
    // "tens of thousands", "hundreds of thousands": still vague; the scale joins the span.
    const end = next?.lower === 'of' && after && VAGUE.has(after.lower) && after.lower !== 'dozens' ? i + 3 : i + 1;
    return { value: null, end, vague: true, words: true, fraction: false };
  }
  const share = shareOrFraction(t.lower);
  if (share !== null) return inWords(share, i + 1, true);
  const word = wordValue(t.lower);
  // "a further two-and-a-half billion people" (Eastern Eye, 2022-07-11).
  const andAHalf = word === null ? /^([a-z]+)-and-a-half$/.exec(t.lower) : null;
  const whole = andAHalf ? wordValue(andAHalf[1] as string) : null;
  if (whole !== null) return scaled(whole + 0.5, tokens, i + 1);
  if (word === null) {
    // "a five-year contract", "the three-year-old": a number word compounded with its unit, which the caller reads.
    const head = splitAtHyphen(t.lower)?.[0];
    const compounded = head === undefined ? null : (wordValue(head) ?? HYPHEN_PARTS.get(head) ?? null);
    return compounded === null ? null : inWords(compounded, i + 1);
  }
  const part = partAfter(tokens, i + 1, word);
  if (part !== null) return inWords(word * part, i + 2, true);
  const run = wordsRun(tokens, i + 1, word);
  return inWords(run.value, run.end);
}

/**
 * "decreasing to half a million in 2017" (EUobserver, 2015-11-05; it was read as a million), "half a mile", "half an
 * hour": half of a scale, or of a unit of measure or time (the unit is read after the article); else null.
 */
function halfA(tokens: Token[], i: number): ParsedNumber | null {
  const what = tokens[i + 2]?.lower ?? '';
  if (ARTICLE_SCALES.has(what)) return scaled(0.5, tokens, i + 2);
  return HALVED.has(what) ? inWords(0.5, i + 2) : null;
}
const HALVED = new Set(
  'mile kilometre kilometer metre meter inch foot yard pound kilo kilogram ton tonne litre liter gallon acre hectare hour day week month year decade century percentage point degree'.split(
    ' ',
  ),
);

/** "six-in-ten" (a share, as polls write it), "two-thirds", "three-quarters", "one-half"; else null. */
function shareOrFraction(word: string): number | null {
  const share = /^([a-z]+)-in-([a-z]+)$/.exec(word);
  const [top, whole] = share ? [wordValue(share[1] as string), wordValue(share[2] as string)] : [null, null];
  if (top !== null && whole !== null && top < whole) return top / whole;
  const [count, part] = splitAtHyphen(word) ?? [];
  const units = count === undefined ? undefined : UNITS.get(count);
  const fraction = part === undefined ? undefined : FRACTIONS.get(part);
  return units !== undefined && fraction !== undefined ? units * fraction : null;
}

/**
 * "one sixth", "two thirds", "one quarter of": a part after a small number word, when "of" or the clause's end
 * follows (so that "one third-quarter loss" or "two fifth-graders" stay as they are); else null.
 */
function partAfter(tokens: Token[], i: number, word: number): number | null {
  const [tok, after] = [tokens[i], tokens[i + 1]];
  const part = tok && word >= 1 && word <= 10 ? FRACTIONS.get(tok.lower) : undefined;
  if (part === undefined || (word === 1) !== SINGLE_PARTS.has((tok as Token).lower)) return null;
  return after === undefined || after.kind === 'punct' || after.lower === 'of' ? part : null;
}

/**
 * "thirty-one thousand two hundred fifty-six", "two hundred and fifty thousand", "thirty one": number words
 * summed from tokens[from], each group below a scale added once the scale is read.
 */
function wordsRun(tokens: Token[], from: number, first: number): { value: number; end: number } {
  let [total, current, end] = [0, first, from];
  for (let tok = tokens[end]; tok !== undefined; tok = tokens[end]) {
    const scale = SCALES.get(tok.lower);
    if (tok.lower === 'hundred' && current > 0 && current < 100) current *= 100;
    // "about two dozen young protesters": dozens counted.
    else if (tok.lower === 'dozen' && current > 0 && current < 100 && total === 0) current *= 12;
    else if (scale !== undefined && scale >= 1000 && current > 0) [total, current] = [total + current * scale, 0];
    // "three lakh crore", "a thousand million": a scale of a scale.
    else if (scale !== undefined && scale >= 1000 && total > 0 && SCALES.has(tokens[end - 1]?.lower ?? '')) total *= scale;
    else {
      const skip = tok.lower === 'and' && (current >= 100 || total > 0) ? 1 : 0;
      const word = wordValue(tokens[end + skip]?.lower ?? '');
      if (word === null || !addsTo(total, current, word)) break;
      [current, end] = [current + word, end + skip];
    }
    end++;
  }
  return { value: total + current, end };
}

/** Whether a number word can follow: tens or teens where no tens are yet, units where no units are yet. */
function addsTo(total: number, current: number, word: number): boolean {
  const last = current % 100;
  if (current === 0) return total > 0;
  if (word >= 10) return last === 0;
  return last === 0 ? current >= 100 : last >= 20 && last % 10 === 0;
}

/** "three-year" in "a three-year-old", "five-year": a number word compounded with what follows; else null. */
export function splitCompound(tok: Token): { value: number; rest: string } | null {
  const parts = splitAtHyphen(tok.lower);
  if (parts === null || wordValue(tok.lower) !== null || parts[1] === 'and-a-half') return null;
  const value = wordValue(parts[0]) ?? HYPHEN_PARTS.get(parts[0]) ?? null;
  return value === null ? null : { value, rest: parts[1] };
}

function scaled(base: number, tokens: Token[], from: number): ParsedNumber {
  const run = scaleRun(tokens, from);
  return inWords(times(base, run.factor), run.end);
}

/** Multiplies through scale words that follow ("1.6 million", "two hundred thousand"); `money`: after a sign. */
function scaleRun(tokens: Token[], from: number, money = false): { factor: number; end: number } {
  let factor = 1;
  let end = from;
  for (let tok = tokens[end]; tok !== undefined && SCALES.get(tok.lower) !== undefined; tok = tokens[end]) {
    factor *= SCALES.get(tok.lower) as number;
    end++;
  }
  const last = tokens[end];
  const joined = last ? hyphenatedScale(last, money) : undefined;
  return joined ? { factor: factor * joined, end: end + 1 } : { factor, end };
}

/**
 * "IBM's $54 billion-per-year Global Services arm" (compare-dev d06): a scale the tokenizer keeps in one word with
 * the period it is counted over. The scale ends the run. (Not "two million-dollar homes": two homes.) After a
 * currency sign, a dash typed as a hyphen ends the scale too: "HP will pay $12 billion to $13 billion-a price that
 * translates to $24 to $26 per share", "deals worth about $2.5 billion-putting it among the top 10" (compare-dev d07).
 */
function hyphenatedScale(tok: Token, money: boolean): number | undefined {
  const hyphen = tok.kind === 'word' ? tok.lower.indexOf('-') : -1;
  if (hyphen <= 0 || !(money || PER_PERIOD.test(tok.lower.slice(hyphen)))) return undefined;
  return SCALES.get(tok.lower.slice(0, hyphen));
}
const PER_PERIOD = /^-(a|per)-(year|month|week|day|annum)$/;

/** "seven" → 7, "twenty-five" → 25; null when not a cardinal number word. */
export function wordValue(word: string): number | null {
  const direct = UNITS.get(word);
  if (direct !== undefined) return direct;
  const parts = splitAtHyphen(word);
  if (!parts) return null;
  const tens = UNITS.get(parts[0]);
  const ones = UNITS.get(parts[1]);
  if (tens === undefined || ones === undefined || tens < 20 || tens % 10 !== 0 || ones < 1 || ones > 9) return null;
  return tens + ones;
}

export const isVagueWord = (w: string) => VAGUE.has(w);

/** The words a number expression can start with, besides hyphenated ones (`startsWithNumberWord`). */
export const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...UNITS.keys(),
  ...VAGUE,
  ...VULGAR.keys(),
  'a',
  'an',
  'half',
  'dozen',
]);

// The longest number word's length: a hyphen further in ends no number word.
const LONGEST = Math.max(...[...UNITS.keys()].map((w) => w.length));

/** "twenty-five", "two-thirds", "five-year": a number word, a hyphen and more. */
export function startsWithNumberWord(word: string): boolean {
  return numberWordBefore(word, hyphenIndex(word, LONGEST));
}

/**
 * "an aggressive half-point rate rise", "a more modest quarter-point rise" (AP, 2023-04-04): a part compounded with
 * its unit, read like "five-year" (a compound whose unit no table knows, "half-brother", "quarter-final", is none).
 */
const HYPHEN_PARTS: ReadonlyMap<string, number> = table({ half: 0.5, quarter: 0.25 });

/** True when the word's part before the hyphen at `hyphen` is "half" or "quarter". */
export const partWordBefore = (word: string, hyphen: number) => hyphen > 0 && HYPHEN_PARTS.has(word.slice(0, hyphen));

/** True when the word's part before the hyphen at `hyphen` (-1: none) is a number word. */
export function numberWordBefore(word: string, hyphen: number): boolean {
  return hyphen > 0 && UNITS.get(word.slice(0, hyphen)) !== undefined;
}

/** The index of the word's first hyphen within a number word's length (-1: none): run on every word, it looks no further. */
export const hyphenInNumberWord = (word: string) => hyphenIndex(word, Math.max(LONGEST, 9));
