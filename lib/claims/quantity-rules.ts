import { groupBy } from '../group-by';
import { CURRENCY_STARTS, currencyWordAt, HUNDREDTHS } from './currencies';
import { secondSide } from './dimensions';
import { NUMBER_STARTS, type ParsedNumber, parseNumber, splitCompound } from './numbers';
import { adjacent, isAllUpper, isCapitalized, type Token, tokenIndexAt } from './tokens';
import type { Approx, Quantity } from './types';
import {
  ATTACHED_MEASURES,
  compoundUnit,
  compoundUnitLength,
  DEGREES,
  EVENT_WORDS,
  headNounAt,
  LENGTHS_AND_WEIGHTS,
  MEASURE_UNITS,
  measureBefore,
  measureWord,
  populationBefore,
  type UnitRead,
} from './units';
import { isPluralNoun, MONTHS, verbForms, WEEKDAYS } from './words';

// The quantity rules, as data. Each rule has an id; its real sentences are in quantity-examples.ts, where a test
// checks that each makes its rule fire (`extract --explain` prints the ids), and docs/rules-quantities.md lists them.
//
// Order of precedence, as quantityAt (quantities.ts) applies it:
//   1. QUALIFIERS before the figure ("about", "more than", "between") and the currency sign (currencies.ts);
//   2. the figure itself (numbers.ts);
//   3. EXCLUSIONS: the first that fires drops the figure (years, dates, names, pronoun "one");
//   4. a range ("3 to 4") or a score ("3-0"), in quantities.ts;
//   5. SUFFIX_RULES: the first that fires reads what follows the figure (percent, ratio, currency, compound unit);
//   6. AFTER_RULES: each in turn (ages, qualifiers after the figure, the counted noun);
//   7. a unit still missing is taken from the text nearby (units.ts, elidedUnit).

/** A rule of the tables: `fires` tests and, for the rules that read, records what it read in the draft. */
export interface Rule<T> {
  id: string;
  /** True when the rule applies; null when it shows the figure is no quantity after all. */
  fires: (x: T) => boolean | null;
}

export interface Qualifier {
  words: string[];
  approx: Approx | 'range';
}

/** A quantity being read: where its parts are, and what the rules have made of it so far (its Quantity fields). */
export interface Draft extends Pick<Quantity, 'value' | 'low' | 'high' | 'approx' | 'kind' | 'unit' | 'currency'> {
  tokens: Token[];
  /** Index of the span's first token (qualifier or sign), of the figure, and after the last token read. */
  first: number;
  figure: number;
  end: number;
  parsed: ParsedNumber;
  qualifier: Qualifier | null;
  /** "2880x1800": the dimensions of a size written as one figure. */
  dimensions: number[] | null;
  /** Offsets of the word(s) the unit was read from, when it was read from the text. */
  unitAt: Omit<UnitRead, 'unit'> | null;
  needsUnit: boolean;
  /** The unit is a compound adjective ("the 30-stock Dow"): it names what the figure describes. */
  modifier: boolean;
  /** Index of the word after the first figure and its own percent sign: a range's "to" or "-". */
  joinAt: number;
}

const list = (words: string) => words.split(' ');
const words = (s: string) => new Set(list(s));
const phrases = (approx: Approx | 'range', entries: string): Qualifier[] =>
  entries.split(',').map((p) => ({ words: list(p), approx }));

/** Qualifiers before the figure, longest first so that "more than" wins over "more" (GUIDELINE.md §1). */
export const QUALIFIERS: Qualifier[] = [
  ...phrases(
    'approx',
    'about,around,approximately,nearly,almost,some,roughly,circa,estimated,an estimated,close to,just under,more or less',
  ),
  ...phrases(
    'min',
    'over,above,more than,at least,upwards of,in excess of,no fewer than,no less than,a minimum of,just over,well over,' +
      'well above,greater than',
  ),
  ...phrases(
    'max',
    'under,below,up to,as high as,as many as,as much as,less than,fewer than,at most,no more than,no longer than,' +
      'not more than,a maximum of,well under,well below',
  ),
  ...phrases('range', 'between,from'),
].sort((a, b) => b.words.length - a.words.length);
export const QUALIFIERS_BY_FIRST = groupBy(QUALIFIERS, (q) => q.words[0] as string);

/** "3,000 or more", "100 or so": qualifiers written after the figure. */
const POST_QUALIFIERS: Qualifier[] = [
  ...phrases('min', 'or more,plus'),
  ...phrases('approx', 'or so'),
  ...phrases('max', 'or fewer,or less'),
];

// Verbs whose "up" is their own ("ticked up", "went up"), not the start of "up to".
export const MOVES_UP = new Set([
  ...verbForms('tick inch edge move revise bump push ramp jump climb step creep'),
  ...list('went go goes gone going crept shot rose rise rises rising came come comes'),
]);

/** Where a figure stands, as the exclusions read it. */
export interface Site {
  tokens: Token[];
  i: number;
  end: number;
  tok: Token;
  /** The word before ("Oct." counts as "Oct") and the token after the figure. */
  prev: Token | undefined;
  next: Token | undefined;
  /** A whole number written in digits, and its value. */
  plain: boolean;
  n: number;
  money: boolean;
  headline: boolean;
}

const DESIGNATORS = words(
  'article section chapter clause paragraph resolution route highway interstate flight room gate platform terminal ' +
    'level phase stage category grade class type model no number version season episode series volume vol part ' +
    'page line bus building floor amendment proposition prop code row seat lane exit junction block lot tier track ' +
    'precinct ward figure table item step pier hangar corps division brigade battalion regiment unit channel',
);
// Parts of a text are named in lower case too: "clause 926", "section 230".
const TEXT_PARTS = words('article section chapter clause paragraph resolution amendment');
const TIME_WORDS = words('a.m. p.m. am pm gmt bst utc et est edt pt pst cet o’clock') as Set<string>;
TIME_WORDS.add("o'clock");
const EMERGENCY_NUMBERS = words('911 999 112 000');
const ONE_PRONOUN_BEFORE = words('no any every the this that each which someone anyone at');
const ARTICLES = words('a an the his her their its my our your');
const VERBS_AFTER = words('is was has had will would could can may might must');
const ONE_PRONOUN_AFTER = words('of another who that which thing way day time point hand side or and');

const PRIMES: Readonly<Record<string, string>> = { '″': 'inches', '′': 'feet' };

/** A hundredth, without the binary fraction's tail: "fell 2.9 cents" is 0.029, not 0.028999999999999998. */
const hundredth = (n: number) => Number((n / 100).toPrecision(12));

const CALIBRE_NOUNS = words(
  'shell shells artillery howitzer howitzers gun guns round rounds ammunition munitions cannon cannons mortar mortars ' +
    'rocket rockets rifle rifles barrel barrels pistol pistols cartridge cartridges bullet bullets calibre caliber ' +
    'magnum revolver revolvers handgun handguns',
);

const digitsAfter = (s: Site) => s.tokens[s.i + 1];

/** "12st", "23st": stones written onto the figure, where "1st", "21st" are ordinals (11 is "11th": "11st" weighs). */
const stoneWeight = (figure: Token, after: Token) => after.lower === 'st' && !/(?:^|[^1])1$/.test(figure.text);

/**
 * "7-Eleven workers": true when the figure at tokens[i] is joined by a hyphen to a capitalised word in running
 * text; in a title-case headline ("Sends 10,000-Strong Force") the words around are capitalised too.
 */
function hyphenName(tokens: Token[], i: number): boolean {
  const [hyphen, word] = [tokens[i + 1], tokens[i + 2]];
  if (hyphen?.text !== '-' || !adjacent(tokens[i], hyphen) || !adjacent(hyphen, word) || !isCapitalized(word)) return false;
  return !isCapitalized(tokens[i - 1]) && !isCapitalized(tokens[i + 3]);
}

const TIME_SPANS = words('seconds minutes hours days weeks months years decades');

/** "Boeing 737", "iPhone 4": a name right before the figure, with one space between. */
function nameBefore(s: Site): boolean {
  const { prev, tok } = s;
  if (prev === undefined || s.money || tok.kind !== 'number' || tok.start - prev.end !== 1 || s.i - 1 === 0) return false;
  // ("Trump’s 10,704" is the name's figure; "“Over 97%" a qualifier capitalised at the start of a quote; "the
  // Warriors 120-112" a team's score; "Kills 2 Women" in a title-case headline, where only an acronym names.)
  if (/['’]s$/.test(prev.text) || isScore(s.tokens, s.i, s.end)) return false;
  // ("Trump is ahead of Clinton 45%-43%" (USA Today, 2016-09-06): a share, which no name's number takes.)
  if (percentSuffix(s.tokens, s.end) > 0) return false;
  // ("told the U.N. General Assembly 18 months ago" (wapo-2), "recommended to Mojang 2 years ago" (ars-1): a span
  // of time, which no name's number is.)
  if (TIME_SPANS.has(s.next?.lower ?? '')) return false;
  if (s.headline && !isAllUpper(prev.text, 2)) return false;
  const named = isCapitalized(prev) || (prev.kind === 'word' && /^[a-z]+[A-Z]/.test(prev.text));
  return named && !STARTS.has(prev.lower) && !MONTHS.has(prev.lower);
}

/**
 * "The screen is 2880 pixels by 1800" (compare-dev d43): the second side of a size, not the year 1800. Pixels only:
 * "the lake fell 30 feet by 2015" is a year.
 */
function secondDimension(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'by' && tokens[i - 2]?.lower === 'pixels' && tokens[i - 3]?.kind === 'number';
}
/** "2,880 by 1,800 pixels": the figure ending at `end` is the first side of a size. */
function firstDimension(tokens: Token[], end: number): boolean {
  return tokens[end]?.lower === 'by' && tokens[end + 1]?.kind === 'number' && SIDES.has(tokens[end + 2]?.lower ?? '');
}
const SIDES = new Set(['pixels', 'feet', 'foot', 'inches', 'meters', 'metres', 'yards', 'cm', 'mm']);

/** Figures that are no quantity: the first that fires drops the figure. */
export const EXCLUSIONS: Array<Rule<Site>> = [
  {
    // Calendar years, but "within 1000 feet of a school" measures, and "the 1000-member church" counts.
    id: 'exclude-year',
    fires: ({ money, plain, tok, n, end, i, next, tokens }) =>
      !money &&
      plain &&
      tok.text.length === 4 &&
      n >= 1000 &&
      n <= 2199 &&
      end === i + 1 &&
      next?.text !== '%' &&
      next?.lower !== 'percent' &&
      !LENGTHS_AND_WEIGHTS.has(next?.lower ?? '') &&
      !(next?.text === '-' && adjacent(tok, next) && compoundUnit(tokens[end + 1]?.lower ?? '') !== null) &&
      !secondDimension(tokens, i) &&
      secondSide(tokens, end) === null,
  },
  {
    id: 'exclude-date',
    fires: ({ plain, n, prev, next, end, i }) =>
      plain && n >= 1 && n <= 31 && (MONTHS.has(prev?.lower ?? '') || (MONTHS.has(next?.lower ?? '') && end === i + 1)),
  },
  {
    // "released on the occasion of the World Population Day on Monday (11)" (Eastern Eye, 2022-07-11): the day of
    // the month in brackets after its weekday, as Indian and British Asian papers write it.
    id: 'exclude-weekday-date',
    fires: ({ plain, n, prev, next, tokens, i }) =>
      plain && n >= 1 && n <= 31 && prev?.text === '(' && next?.text === ')' && WEEKDAYS.has(tokens[i - 2]?.lower ?? ''),
  },
  { id: 'exclude-clock-time', fires: ({ tok, next }) => tok.kind === 'number' && !!next && TIME_WORDS.has(next.lower) },
  {
    id: 'exclude-clock-colon',
    fires: (s) => s.tok.kind === 'number' && s.next?.text === ':' && /^\d\d$/.test(s.tokens[s.end + 1]?.text ?? '') && s.n <= 24,
  },
  {
    // "155mm", "1st", "1990s", "5G": letters written onto the figure (but "5km").
    id: 'exclude-letters-on-figure',
    fires: (s) => {
      const after = digitsAfter(s);
      if (s.tok.kind !== 'number' || !after || !adjacent(s.tok, after)) return false;
      if (after.kind === 'number') return true;
      // ("2880x1800" is a size: measure-dimensions reads it.)
      return (
        after.kind === 'word' &&
        s.end === s.i + 1 &&
        !ATTACHED_MEASURES.has(after.lower) &&
        !stoneWeight(s.tok, after) &&
        !(s.n > 0 && /^x[1-9]\d*$/.test(after.lower))
      );
    },
  },
  {
    // "155mm shells" (GUIDELINE.md), "a 155 mm howitzer", "a .357 Magnum", "a .38 caliber revolver" (compare-dev
    // d28, d30): a calibre names a weapon or its ammunition; "180mm thick" measures.
    id: 'exclude-calibre',
    fires: ({ tok, tokens, end }) => {
      const after = tokens[end]?.lower === 'mm' ? end + 1 : tok.text.startsWith('.') ? end : -1;
      return after >= 0 && (CALIBRE_NOUNS.has(tokens[after]?.lower ?? '') || CALIBRE_NOUNS.has(tokens[after + 1]?.lower ?? ''));
    },
  },
  {
    // "(2011-15)", "2007-11": the end of a span of years.
    id: 'exclude-year-span-end',
    fires: ({ plain, prev, tok, tokens, i }) =>
      plain &&
      prev?.text === '-' &&
      adjacent(prev, tok) &&
      /^\d{4}$/.test(tokens[i - 2]?.text ?? '') &&
      adjacent(tokens[i - 2], prev),
  },
  {
    // "9/11", "10/21/2024": dates and designations (a common fraction, "1/4 inch", is read whole before); but money
    // per a unit counts: "pushed $15/hr on the agenda" (15now.org, 2017).
    id: 'exclude-slash',
    fires: (s) =>
      s.tok.kind === 'number' &&
      s.end === s.i + 1 &&
      ((digitsAfter(s)?.text === '/' && adjacent(s.tok, digitsAfter(s)) && !(s.money && s.tokens[s.i + 2]?.kind === 'word')) ||
        (s.prev?.text === '/' && adjacent(s.prev, s.tok))),
  },
  {
    // "Oct. 3-7": the last day of a span of dates.
    id: 'exclude-date-span-end',
    fires: ({ tok, prev, tokens, i }) => {
      const day = tokens[i - 2];
      const month = tokens[i - 3]?.text === '.' ? tokens[i - 4] : tokens[i - 3];
      return (
        tok.kind === 'number' &&
        prev?.text === '-' &&
        adjacent(prev, tok) &&
        adjacent(day, prev) &&
        MONTHS.has(month?.lower ?? '')
      );
    },
  },
  {
    // "suffered a 6-7(7), 6-4, 3-6 defeat" (The Hindu, 2022-02-02): the points of a tiebreak, in brackets after its set.
    id: 'exclude-tiebreak',
    fires: ({ tok, prev, next, tokens, i }) =>
      tok.kind === 'number' && prev?.text === '(' && next?.text === ')' && setPair(tokens, i - 4),
  },
  // "in ’91": a year.
  {
    id: 'exclude-apostrophe-year',
    fires: ({ tok, prev }) => tok.kind === 'number' && !!prev && /^['’]$/.test(prev.text) && adjacent(prev, tok),
  },
  {
    // "as follows: 1. Finland".
    id: 'exclude-list-marker',
    fires: ({ tok, next, prev }) =>
      tok.kind === 'number' && next?.text === '.' && adjacent(tok, next) && (prev === undefined || prev.text === ':'),
  },
  {
    // The minutes of a time whose hour was left out ("3:18").
    id: 'exclude-minutes',
    fires: ({ tok, prev, tokens, i }) =>
      tok.kind === 'number' &&
      prev?.text === ':' &&
      adjacent(prev, tok) &&
      tokens[i - 2]?.kind === 'number' &&
      adjacent(tokens[i - 2], prev),
  },
  {
    // "the 9800 block of Spring Park Drive".
    id: 'exclude-address',
    fires: ({ tok, end, i, next, tokens }) =>
      tok.kind === 'number' && end === i + 1 && next?.lower === 'block' && tokens[end + 1]?.lower === 'of',
  },
  {
    // "a 911 call"; but "will cost from $999 up to $1099" (compare-dev d45) is a price.
    id: 'exclude-emergency-number',
    fires: ({ tok, end, i, next, money }) =>
      !money &&
      tok.kind === 'number' &&
      end === i + 1 &&
      EMERGENCY_NUMBERS.has(tok.text) &&
      next?.kind === 'word' &&
      !isPluralNoun(next.text),
  },
  {
    // "Article 5", "Flight 17", "No. 10"; lowercase too for the parts of a text: "clause 926", "section 230".
    id: 'exclude-designator',
    fires: ({ prev, money, tokens, i }) => {
      // ("4.1 million in the northeast (IPC Phase 3-4 - Cadre Harmonisé, March 2022)" (WFP Nigeria situation report
      // 72, 2022-09): the second end of a span of designations.)
      const span = prev?.text === '-' && adjacent(prev, tokens[i]) && tokens[i - 2]?.kind === 'number';
      const word = span && adjacent(tokens[i - 2], prev) ? tokens[i - 3] : prev;
      return !!word && !money && DESIGNATORS.has(word.lower) && (isCapitalized(word) || TEXT_PARTS.has(word.lower));
    },
  },
  { id: 'exclude-name-before', fires: nameBefore },
  {
    // "7-Eleven workers", "by 7-Eleven's head office": a name, both the figure and the number word.
    id: 'exclude-name-hyphen-after',
    fires: ({ tok, tokens, i, prev }) =>
      (tok.kind === 'number' && hyphenName(tokens, i)) ||
      (tok.kind === 'word' && prev?.text === '-' && tokens[i - 2]?.kind === 'number' && hyphenName(tokens, i - 2)),
  },
  {
    // "the “One Big Beautiful Bill Act”": a number word opening a title of three capitalised words or more
    // (not in a title-case headline: "Kills Two In Kraft Shooting").
    id: 'exclude-title',
    fires: ({ headline, tok, tokens, end }) =>
      !headline && tok.kind === 'word' && isCapitalized(tok) && [1, 2, 3].every((k) => isCapitalized(tokens[end - 1 + k])),
  },
  {
    // "on Ninety Mile Beach", "at Three Mile Island": a capitalised number word inside a sentence, before a
    // capitalised word, opens a name (at a sentence's start, or in a title-case headline, it counts).
    id: 'exclude-name-number-word',
    fires: ({ headline, tok, prev, tokens, end }) =>
      !headline && tok.kind === 'word' && prev?.kind === 'word' && isCapitalized(tok) && isCapitalized(tokens[end]),
  },
  {
    // "no one", "the one", "one of the five permanent members" (but "just one of 24 counts").
    id: 'exclude-one-pronoun',
    fires: ({ tok, prev, next, tokens, end, i }) => {
      // ("one sixth.", "one hundred.": "one" with more words is a figure.)
      if (tok.lower !== 'one' || end !== i + 1) return false;
      // "the only one", but "only one mile below ground level" counts.
      if (prev?.lower === 'only') return ARTICLES.has(tokens[i - 2]?.lower ?? '') || next?.kind !== 'word';
      if (prev && ONE_PRONOUN_BEFORE.has(prev.lower)) return true;
      // "the loss of a loved one", "a new one": an article and an adjective before "one".
      const alone = next?.kind !== 'word' || ONE_PRONOUN_AFTER.has(next.lower) || VERBS_AFTER.has(next.lower);
      if (alone && prev?.kind === 'word' && ARTICLES.has(tokens[i - 2]?.lower ?? '') && !STARTS.has(prev.lower)) return true;
      const ofFigure = next?.lower === 'of' && tokens[end + 1]?.kind === 'number';
      return next?.kind !== 'word' || (ONE_PRONOUN_AFTER.has(next.lower) && !ofFigure);
    },
  },
];

/** Words a quantity can begin with: qualifiers, currency signs and number words; anything else is skipped at once. */
export const STARTS = new Set([...QUALIFIERS.map((q) => q.words[0] as string), ...CURRENCY_STARTS, ...NUMBER_STARTS]);

/** The id of the first exclusion that fires for the figure tokens[i..end), or null. */
export function excluded(tokens: Token[], i: number, end: number, money: boolean, headline: boolean): string | null {
  const tok = tokens[i] as Token;
  // "Oct. 21": look past the abbreviation's period.
  const prev = tokens[i - 1]?.text === '.' && adjacent(tokens[i - 2], tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1];
  const plain = tok.kind === 'number' && /^\d+$/.test(tok.text);
  const n = tok.kind === 'number' ? Number(tok.text.replace(/,/g, '')) : NaN;
  const site: Site = { tokens, i, end, tok, prev, next: tokens[end], plain, n, money, headline };
  for (const rule of EXCLUSIONS) if (rule.fires(site)) return rule.id;
  return null;
}

/** "3-0", "7-2": two small whole numbers joined by a hyphen, the second no larger than the first. */
export function isScore(tokens: Token[], i: number, joinerAt: number): boolean {
  const [a, joiner, b] = [tokens[i] as Token, tokens[joinerAt] as Token, tokens[joinerAt + 1]];
  if (joinerAt !== i + 1 || b === undefined || !adjacent(a, joiner) || !adjacent(joiner, b)) return false;
  if (!/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text)) return false;
  if (Number(b.text) > Number(a.text) && !inSetScores(tokens, i, joinerAt + 1)) return false;
  // "among all registered voters, 49-47%" (ABC News/Ipsos poll, quoted 2024-10-27): two shares, not a score.
  if (percentSuffix(tokens, joinerAt + 2) > 0) return false;
  // "COVID-19"-like designations are excluded before; a third part ("10-21-2024") makes a date.
  return !(tokens[joinerAt + 2]?.text === joiner.text && adjacent(b, tokens[joinerAt + 2]));
}

/**
 * "suffered a 6-7(7), 6-4, 3-6 defeat", "was beaten 6-7(5), 7-6(4), 6-2 by Joao Sousa" (The Hindu, 2022-02-02),
 * "before losing 6-7 (5) 5-7" (PTI, 2016-05-18): a tennis set lost is a score too, told by the tiebreak or the other
 * sets beside it. `a` is the index of the set's first figure, `b` of its second.
 */
export function isSetScore(tokens: Token[], i: number, joinerAt: number): boolean {
  return joinerAt === i + 1 && setPair(tokens, i) && inSetScores(tokens, i, i + 2);
}

function inSetScores(tokens: Token[], a: number, b: number): boolean {
  if (Number(tokens[b]?.text) > 7) return false;
  const after = tokens[b + 1]?.text === '(' && tokens[b + 3]?.text === ')' ? b + 4 : b + 1;
  const next = tokens[after]?.text === ',' ? after + 1 : after;
  const before = tokens[a - 1]?.text === ',' ? a - 2 : a - 1;
  const prevSet = tokens[before]?.text === ')' ? before - 3 : before;
  return after > b + 1 || setPair(tokens, next) || setPair(tokens, prevSet - 2);
}

/** "6-4" at tokens[i..i+2]: two figures of a set, joined by a hyphen. */
function setPair(tokens: Token[], i: number): boolean {
  const [a, hyphen, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return (
    hyphen?.text === '-' && /^\d$/.test(a?.text ?? '') && /^\d$/.test(b?.text ?? '') && adjacent(a, hyphen) && adjacent(hyphen, b)
  );
}

/**
 * "for the Chiefs (2-13), who had", "The Chiefs (2-13, 1-7 home)" (compare-dev d18, d21), "a victory over Minnesota
 * (0-2)" (AP, 2010-09-20): a team's win-loss record, in brackets after its name, is a score, whichever side is larger.
 */
export function isRecord(tokens: Token[], i: number, joinerAt: number): boolean {
  const [a, joiner, b] = [tokens[i] as Token, tokens[joinerAt], tokens[joinerAt + 1]];
  if (joiner?.text !== '-' || joinerAt !== i + 1 || !adjacent(a, joiner) || !adjacent(joiner, b)) return false;
  if (!/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b?.text ?? '')) return false;
  const open = tokens[i - 1]?.text === '(' ? i - 1 : tokens[i - 1]?.text === ',' && tokens[i - 5]?.text === '(' ? i - 5 : -1;
  return open > 0 && isCapitalized(tokens[open - 1]) && /^[),]$/.test(tokens[joinerAt + 2]?.text ?? '');
}

/** "9-of-25", "13-for-19": a figure, a hyphen at tokens[joinerAt], and "of-25" or "for-19" (one word to the tokenizer). */
export function isSplit(tokens: Token[], joinerAt: number): boolean {
  const [figure, joiner, rest] = [tokens[joinerAt - 1], tokens[joinerAt], tokens[joinerAt + 1]];
  return joiner?.text === '-' && adjacent(figure, joiner) && adjacent(joiner, rest) && /^(of|for)-\d+$/.test(rest?.lower ?? '');
}

/** How many tokens at tokens[i] make a percent sign: "%", "percent", "pc", "per cent", "percentage point(s)"; else 0. */
export function percentSuffix(tokens: Token[], i: number): number {
  const tok = tokens[i];
  if (tok === undefined) return 0;
  if (tok.text === '%' || tok.lower === 'percent' || tok.lower === 'pc') return 1;
  if (tok.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 2;
  // "a 1.25 percentage point rise": a difference of percentages.
  return tok.lower === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '') ? 2 : 0;
}

const JOINERS = words('to - – and or');
const hasValue = (d: Draft) => d.value !== null || d.low !== null;

/** What follows the figure: the first rule that fires reads it. */
export const SUFFIX_RULES: Array<Rule<Draft>> = [
  {
    id: 'percent',
    fires: (d) => {
      const n = percentSuffix(d.tokens, d.end);
      if (n > 0) [d.kind, d.end] = ['percent', d.end + n];
      return n > 0;
    },
  },
  {
    // "rose from 3.5 to 3.7 percent", a poll's "83 - 13 percent": the figure before a shared sign is a percentage.
    id: 'percent-shared',
    fires: (d) => {
      const joiner = d.tokens[d.joinAt];
      const second = d.low === null && joiner && JOINERS.has(joiner.lower) ? parseNumber(d.tokens, d.joinAt + 1) : null;
      const shared = percentSuffix(d.tokens, second?.end ?? d.joinAt) > 0 && joiner !== undefined && JOINERS.has(joiner.lower);
      if (shared && d.low === null) d.kind = 'percent';
      return shared && d.low === null;
    },
  },
  {
    // "three-quarters of a percentage point".
    id: 'percent-fraction-of-point',
    fires: (d) => {
      const { tokens, end } = d;
      const fires =
        d.kind === 'fraction' &&
        tokens[end]?.lower === 'of' &&
        tokens[end + 1]?.lower === 'a' &&
        percentSuffix(tokens, end + 2) === 2;
      if (fires) [d.kind, d.end] = ['percent', end + 4];
      return fires;
    },
  },
  {
    // "one in five adults", "1 in 10": a share.
    id: 'share-one-in',
    fires: (d) => {
      const { tokens, end, value } = d;
      if (tokens[end]?.lower !== 'in' || value === null || !Number.isInteger(value) || value > 10 || d.low !== null) return false;
      const whole = parseNumber(tokens, end + 1);
      if (!whole?.value || whole.vague || whole.value <= value || whole.value > 1e6) return false;
      if (excluded(tokens, end + 1, whole.end, false, false) !== null) return false;
      [d.kind, d.value, d.end] = ['fraction', value / whole.value, whole.end];
      return true;
    },
  },
  {
    // "2:1"; but a clock time ("3:18 left") or a game clock's minutes and seconds ("30:01") is none.
    id: 'ratio',
    fires: (d) => {
      const [next, after] = [d.tokens[d.end], d.tokens[d.end + 1]];
      if (next?.text !== ':' || !adjacent(d.tokens[d.end - 1], next) || after?.kind !== 'number' || d.value === null)
        return false;
      if (/^\d\d$/.test(after.text) && (d.value <= 24 || after.text.startsWith('0'))) return null;
      const denominator = Number(after.text.replace(/,/g, ''));
      [d.kind, d.value, d.end] = ['ratio', denominator === 0 ? null : d.value / denominator, d.end + 2];
      return true;
    },
  },
  {
    // "a 2880x1800 resolution", "a 2,560-by-1,440 touch display": a size in two dimensions, one figure (dimensions.ts).
    id: 'measure-dimensions',
    fires: (d) => {
      const second = d.value && d.low === null ? secondSide(d.tokens, d.end) : null;
      if (second === null) return false;
      [d.dimensions, d.kind, d.value, d.end] = [[d.value as number, second.value], 'measure', null, second.end];
      withRead(d, headNounAt(d.tokens, d.end));
      return true;
    },
  },
  {
    // "28.7°C", "86°F", "a 90° turn".
    id: 'unit-degree-sign',
    fires: (d) => {
      const next = d.tokens[d.end];
      if (next?.text !== '°' || !adjacent(d.tokens[d.end - 1], next)) return false;
      const scale = adjacent(next, d.tokens[d.end + 1]) ? DEGREES[d.tokens[d.end + 1]?.lower ?? ''] : undefined;
      d.unit = scale ?? 'degrees';
      d.unitAt = { start: next.start, end: ((scale ? d.tokens[d.end + 1] : next) as Token).end };
      // (Written into the number, the unit stays in its span, as "2.7GHz" does.)
      d.end += scale ? 2 : 1;
      return true;
    },
  },
  {
    // "dropping a beneficial 1-3″" (WHDH), "Rainfall totals topped 3″ in spots!" (WPRI): the double prime
    // is inches, as the prime is feet. (A straight quote after a figure is more often a quote's end: not read.)
    id: 'unit-prime-sign',
    fires: (d) => {
      const next = d.tokens[d.end];
      const unit = next && adjacent(d.tokens[d.end - 1], next) ? PRIMES[next.text] : undefined;
      if (unit === undefined || !next) return false;
      [d.unit, d.unitAt, d.end] = [unit, { start: next.start, end: next.end }, d.end + 1];
      return true;
    },
  },
  {
    // "a fully franked dividend of 2c a share", "an interim dividend of 15c a share" (Australian Financial Review,
    // 2015-02-26): cents written onto the figure, before what they price; not a temperature.
    id: 'money-cents-attached',
    fires: (d) => {
      const [next, per, what] = [d.tokens[d.end], d.tokens[d.end + 1], d.tokens[d.end + 2]];
      const priced = (per?.lower === 'a' || per?.lower === 'per') && what?.kind === 'word';
      const fires = next?.lower === 'c' && adjacent(d.tokens[d.end - 1], next) && priced && d.value !== null && !d.currency;
      if (fires) [d.kind, d.value, d.end] = ['money', hundredth(d.value as number), d.end + 1];
      return fires;
    },
  },
  {
    // "212p": pence written onto the figure, money in pounds.
    id: 'money-pence-attached',
    fires: (d) => {
      const next = d.tokens[d.end];
      const fires = next?.lower === 'p' && adjacent(d.tokens[d.end - 1], next) && d.value !== null && d.currency === null;
      if (fires) [d.kind, d.currency, d.value, d.end] = ['money', 'GBP', hundredth(d.value as number), d.end + 1];
      return fires;
    },
  },
  {
    // "it weighs under 4.5 pounds", "at 4.46 pounds, it will be the thinnest and lightest": pounds of weight.
    id: 'unit-pounds-weight',
    fires: (d) => {
      const word = d.tokens[d.end]?.lower;
      if ((word !== 'pounds' && word !== 'pound') || d.currency !== null) return false;
      const near = d.tokens.slice(Math.max(0, d.first - 8), d.end + 10);
      // ("HP Spectre 13 is 3.25 pounds, 15mm thick" (CNET): a device's size beside it; "(1.5kg)": the weight converted.)
      const weight = near.some((t) => /^(weigh|weight|light|heav|thick|thin$|thinn|kg$|kilo|ounce|oz$)/.test(t.lower));
      if (weight) withToken(d, 'pounds', d.tokens[d.end] as Token);
      return weight;
    },
  },
  {
    // "200 million euros", "750 billion euro", "33,000 U.S. dollars".
    id: 'money-currency-word',
    fires: (d) => {
      const named = hasValue(d) ? currencyWordAt(d.tokens, d.end) : null;
      if (named !== null) d.currency = named;
      return named !== null;
    },
  },
  {
    // "57 cents per share", "51 to 53 cents", "99 pence": money, in the currency's whole units (which currency,
    // "cents" leaves open).
    id: 'money-hundredths',
    fires: (d) => {
      const next = d.tokens[d.end];
      if (!next || !HUNDREDTHS.has(next.lower) || !hasValue(d) || d.currency !== null) return false;
      d.kind = 'money';
      if (d.value !== null) d.value = hundredth(d.value);
      if (d.low !== null && d.high !== null) [d.low, d.high] = [hundredth(d.low), hundredth(d.high)];
      if (next.lower !== 'cents' && next.lower !== 'cent') d.currency = 'GBP';
      return true;
    },
  },
  {
    // "a 40-year-old", "12-hour", "the 30-stock Dow": a measure written as a compound adjective.
    id: 'unit-compound',
    fires: (d) => {
      const [next, word] = [d.tokens[d.end], d.tokens[d.end + 1]];
      if (next?.text !== '-' || !adjacent(d.tokens[d.end - 1], next) || word?.kind !== 'word' || !adjacent(next, word))
        return false;
      const compound = compoundUnit(word.lower) ?? measureWord(word);
      if (compound === null) return false;
      withUnit(d, compound, { start: word.start, end: word.start + compoundUnitLength(word.lower, compound) });
      [d.modifier, d.end] = [true, d.end + 2];
      return true;
    },
  },
];

const SHOTS = words('range line play shot shots shooting arc attempt attempts basket');
const isBareCount = (d: Draft) => d.unit === null && d.kind === 'count';

/** Sets the draft's unit; true when the rule gave one, or took a wrong one away (null). */
function withUnit(d: Draft, unit: string | null, at: Omit<UnitRead, 'unit'> | null = null): boolean {
  const changed = unit !== d.unit;
  [d.unit, d.unitAt] = [unit, unit === null ? null : at];
  return unit !== null || changed;
}

/** Sets the draft's unit as read from the text, with its offsets. */
const withRead = (d: Draft, read: UnitRead | null) => withUnit(d, read?.unit ?? null, read);
const withToken = (d: Draft, unit: string, tok: Token) => withUnit(d, unit, tok);

/** Rules read after the figure and its suffix: each that fires changes the draft, in this order. */
export const AFTER_RULES: Array<Rule<Draft>> = [
  // "the accused, aged 24,": an age.
  { id: 'age-aged', fires: (d) => isBareCount(d) && d.tokens[d.first - 1]?.lower === 'aged' && withUnit(d, 'year') },
  {
    // "the 93 year-old": an age written after the figure.
    id: 'age-year-old',
    fires: (d) => {
      const word = d.tokens[d.end]?.lower ?? '';
      if (!isBareCount(d) || !/^(year|month|week|day)s?-old$/.test(word)) return false;
      withToken(d, word.replace(/s?-old$/, ''), d.tokens[d.end] as Token);
      d.end += 1;
      return true;
    },
  },
  {
    // "Eloise Parry, 21, was taken": a figure between commas after a name is an age.
    id: 'age-apposition',
    fires: (d) =>
      isBareCount(d) &&
      d.value !== null &&
      d.value < 120 &&
      d.tokens[d.first - 1]?.text === ',' &&
      d.tokens[d.end]?.text === ',' &&
      isCapitalized(d.tokens[d.first - 2]) &&
      withUnit(d, 'year'),
  },
  {
    // "three-year-old", "a five-year contract" written as one word; a number word compounded with something else
    // ("one-sided") is no quantity.
    id: 'unit-compound-word',
    fires: (d) => {
      const compound = d.parsed.words && !d.parsed.fraction ? splitCompound(d.tokens[d.figure] as Token) : null;
      if (compound === null) return false;
      const unit = compoundUnit(compound.rest);
      if (!unit) return null;
      const tok = d.tokens[d.figure] as Token;
      const start = tok.end - compound.rest.length;
      withUnit(d, unit, { start, end: start + compoundUnitLength(compound.rest, unit) });
      [d.modifier, d.value] = [true, compound.value];
      return true;
    },
  },
  // "from three-point range", "Marc Gasol’s three-point play": a kind of shot, not a count of points.
  {
    id: 'exclude-shot',
    fires: (d) => (d.modifier && d.unit === 'point' && SHOTS.has(d.tokens[d.end]?.lower ?? '') ? null : false),
  },
  {
    id: 'qualifier-after',
    fires: (d) => {
      const post = POST_QUALIFIERS.find((p) => p.words.every((w, k) => d.tokens[d.end + k]?.lower === w));
      // "50% plus one vote": a sum, not "50 or more".
      if (!post || (post.words[0] === 'plus' && parseNumber(d.tokens, d.end + 1) !== null)) return false;
      if (d.approx === 'exact') d.approx = post.approx as Approx;
      d.end += post.words.length;
      return true;
    },
  },
];

/** The counted noun, read when no suffix gave a unit and the figure needs one: the first rule that fires gives it. */
export const UNIT_RULES: Array<Rule<Draft>> = [
  // "Magnitude 5.9 earthquake strikes off southeastern Taiwan": a magnitude has no unit to follow it.
  {
    id: 'unit-magnitude-before',
    fires: (d) => d.tokens[d.first - 1]?.lower === 'magnitude' && withToken(d, 'magnitude', d.tokens[d.first - 1] as Token),
  },
  {
    // "about 10,000 troops", "twenty-five wounded" (none), "a 6.5 magnitude earthquake".
    id: 'unit-head-noun',
    fires: (d) => {
      const read = headNounAt(d.tokens, d.end);
      // "2.7GHz", "16GB", "33C": a unit written into the number stays in its span (compare-dev's README).
      if (read !== null && read.start === (d.tokens[d.end - 1] as Token).end) d.end += 1;
      return withRead(d, read);
    },
  },
  // "a preliminary magnitude of 6.8", "a BMI under 30".
  { id: 'unit-measure-before', fires: (d) => withRead(d, measureBefore(d.tokens, d.first)) },
  // "a Retina display at a whopping 2,880 by 1,800 pixels" (compare-dev d44): the first side is in the size's unit.
  { id: 'unit-first-dimension', fires: (d) => firstDimension(d.tokens, d.end) && withRead(d, headNounAt(d.tokens, d.end + 2)) },
];

/** Adds the inches written after a figure in feet to it (and to its span); false when none are. */
function addInches(d: Draft): boolean {
  if (d.value === null || d.unitAt === null || !FEET.has(d.unit ?? '')) return false;
  // "6-foot-2": the inches are in the compound.
  const compound = /^(?:foot|feet)-(\d{1,2})$/.exec(d.tokens[d.end - 1]?.lower ?? '');
  if (compound) return withInches(d, Number(compound[1]), d.end);
  const inches = parseNumber(d.tokens, tokenIndexAt(d.tokens, d.unitAt.end));
  if (inches === null || inches.value === null || inches.value >= 12 || inches.vague) return false;
  const named = INCH_WORDS.has(d.tokens[inches.end]?.lower ?? '');
  // (Only "foot", a height's word, takes bare inches: "rose 6 feet 2 days later" does not.)
  if (!named && d.unit !== 'foot') return false;
  return withInches(d, inches.value, named ? inches.end + 1 : inches.end);
}

/**
 * "lost an amazing 12st 2lb", "hit the scales at 23st 9lb" (Liverpool Echo, 2022-01-02), "tipped the scales at 23
 * stone and nine pounds" (Daily Express, 2022-01-02): a weight in stones and pounds is one figure in stones.
 */
function addPounds(d: Draft): boolean {
  if (d.value === null || d.unitAt === null || MEASURE_SYMBOL(d.unit) !== 'st') return false;
  const at = tokenIndexAt(d.tokens, d.unitAt.end);
  const from = d.tokens[at]?.lower === 'and' ? at + 1 : at;
  const pounds = parseNumber(d.tokens, from);
  if (pounds === null || pounds.value === null || pounds.value >= 14 || pounds.vague) return false;
  if (!POUND_WORDS.has(d.tokens[pounds.end]?.lower ?? '')) return false;
  [d.value, d.end] = [(d.value as number) + pounds.value / 14, pounds.end + 1];
  return true;
}
const MEASURE_SYMBOL = (unit: string | null) => (unit === null ? undefined : MEASURE_UNITS.get(unit));
const POUND_WORDS = words('lb lbs pound pounds');

function withInches(d: Draft, inches: number, end: number): boolean {
  [d.value, d.end] = [(d.value as number) + inches / 12, Math.max(d.end, end)];
  return true;
}

const FEET = words('ft foot feet');
const INCH_WORDS = words('in inch inches');

/** Rules that check the unit read, each in turn. */
export const UNIT_CHECKS: Array<Rule<Draft>> = [
  // "Two die in crash", "Two Dead in Palo Alto (CA) House Fire": what happened, not what is counted.
  {
    id: 'unit-not-event',
    fires: (d) => d.needsUnit && d.unit !== null && EVENT_WORDS.has(d.unit) && withUnit(d, null),
  },
  // "a population close to 93,000", "Evacuates City of 60,000": people, whatever noun comes later.
  {
    id: 'unit-population',
    fires: (d) => d.needsUnit && d.unit === null && d.kind === 'count' && withRead(d, populationBefore(d.tokens, d.first)),
  },
  {
    // "who stands at a mighty six foot ten and a half" (Daily Mail, 2019-02-07), "6 foot 5 Danish striker" (Vital
    // Football), "the 6ft 2in striker", "the 6-foot-2 quarterback": a height in feet and inches, one figure in feet.
    id: 'measure-feet-and-inches',
    fires: (d) => addInches(d),
  },
  { id: 'measure-stones-and-pounds', fires: (d) => addPounds(d) },
  {
    // "33C possible": a temperature written onto its figure.
    id: 'unit-degrees-letter',
    fires: (d) => {
      // (The unit read is the span's last token only when written into the number.)
      const glued = d.unit !== null && d.unitAt !== null && d.tokens[d.end - 1]?.start === d.unitAt.start;
      const scale = glued ? DEGREES[d.unit as string] : undefined;
      if (scale) d.unit = scale;
      return scale !== undefined;
    },
  },
];
