import { groupBy } from '../group-by';
import { CURRENCY_SIGNS, CURRENCY_STARTS, currencyWordAt, HUNDREDTHS, scaledCurrency, signAt } from './currencies';
import { NUMBER_STARTS, parseNumber, SCALES, startsWithNumberWord, wordValue } from './numbers';
import type { Sentence } from './segment';
import { adjacent, isAllUpper, isCapitalized, splitAtHyphen, type Token } from './tokens';
import type { Approx, Explain, Quantity, QuantityKind } from './types';
import { CHANGE_VERBS, IRREGULAR_PARTICIPLES, isPluralNoun, MONTHS, PHRASE_BREAKS, PREPOSITIONS, verbForms } from './words';

interface Qualifier {
  words: string[];
  approx: Approx | 'range';
}

const phrases = (approx: Approx | 'range', list: string[]): Qualifier[] => list.map((p) => ({ words: p.split(' '), approx }));

// Longest phrases first so that "more than" wins over "more".
const QUALIFIERS: Qualifier[] = [
  ...phrases('approx', [
    'about',
    'around',
    'approximately',
    'nearly',
    'almost',
    'some',
    'roughly',
    'circa',
    'estimated',
    'an estimated',
    'close to',
    'just under',
    'more or less',
  ]),
  ...phrases('min', [
    'over',
    'above',
    'more than',
    'at least',
    'upwards of',
    'in excess of',
    'no fewer than',
    'no less than',
    'a minimum of',
    'just over',
    'well over',
    'well above',
    'greater than',
  ]),
  ...phrases('max', [
    'under',
    'below',
    'up to',
    'as high as',
    'as many as',
    'as much as',
    'less than',
    'fewer than',
    'at most',
    'no more than',
    'no longer than',
    'not more than',
    'a maximum of',
    'well under',
    'well below',
  ]),
  ...phrases('range', ['between', 'from']),
].sort((a, b) => b.words.length - a.words.length);

const QUALIFIERS_BY_FIRST = groupBy(QUALIFIERS, (q) => q.words[0] as string);

// "3,000 or more", "100 or so": qualifiers written after the figure.
const POST_QUALIFIERS = (
  [
    ['or more', 'min'],
    ['or so', 'approx'],
    ['or fewer', 'max'],
    ['or less', 'max'],
    ['plus', 'min'],
  ] as const
).map(([phrase, approx]) => ({ words: phrase.split(' '), approx }));

// Words a quantity can begin with: qualifiers, currency signs and number words. Anything else is skipped
// before the slower checks.
const STARTS = new Set([...QUALIFIERS.map((q) => q.words[0] as string), ...CURRENCY_STARTS, ...NUMBER_STARTS]);
// A number named by the word before it: "Article 5", "Flight 17", "No. 10".
const TEXT_PARTS = new Set(['article', 'section', 'chapter', 'clause', 'paragraph', 'resolution', 'amendment']);
const DESIGNATORS = new Set(
  (
    'article section chapter clause paragraph resolution route highway interstate flight room gate platform terminal ' +
    'level phase stage category grade class type model no number version season episode series volume vol part ' +
    'page line bus building floor amendment proposition prop code row seat lane exit junction block lot tier track ' +
    'precinct ward figure table item step pier hangar corps division brigade battalion regiment unit channel'
  ).split(' '),
);
// Measures written onto the figure ("5km"); other letters on a figure make a designation or ordinal ("155mm", "1st").
const ATTACHED_MEASURES = new Set([
  'km',
  'kg',
  'mph',
  'kph',
  'kmh',
  'ft',
  'lb',
  'lbs',
  'mi',
  'gw',
  'mw',
  'kw',
  'kwh',
  'gb',
  'tb',
  'mb',
  'sq',
  'c',
  'f',
]);
const SHOTS = new Set(['range', 'line', 'play', 'shot', 'shots', 'shooting', 'arc', 'attempt', 'attempts', 'basket']);
// Units a year is never followed by.
const LENGTHS_AND_WEIGHTS = new Set(
  (
    'feet foot miles meters metres yards kilometers kilometres acres hectares tons tonnes pounds kilograms gallons ' +
    'litres liters barrels'
  ).split(' '),
);
// "40C", "104F": temperatures written onto the figure.
const DEGREES: Record<string, string> = { c: 'celsius', f: 'fahrenheit' };
// "40-year-old", "12-hour", "five-day": a measure written as a compound adjective.
const COMPOUND_UNITS = new Set(
  (
    'year month week day hour minute second mile kilometre kilometer metre meter foot inch acre hectare ton tonne ' +
    'pound storey story floor point seat man member person vote game match bed room page gallon litre liter degree ' +
    'magnitude lap round nation country'
  ).split(' '),
);
const TIME_WORDS = new Set([
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'gmt',
  'bst',
  'utc',
  'et',
  'est',
  'edt',
  'pt',
  'pst',
  'cet',
  'o’clock',
  "o'clock",
]);
const PERCENT_WORDS = new Set(['percent', 'pc']);
// Words before "one" that make it a pronoun ("no one", "the one").
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'who', 'that', 'which', 'this']);
const ONE_PRONOUN_BEFORE = new Set([
  'no',
  'any',
  'every',
  'the',
  'this',
  'that',
  'each',
  'which',
  'someone',
  'anyone',
  'at',
  'only',
]);
const ONE_PRONOUN_AFTER = new Set([
  'of',
  'another',
  'who',
  'that',
  'which',
  'thing',
  'way',
  'day',
  'time',
  'point',
  'hand',
  'side',
  'or',
  'and',
]);

/** A quantity and the sentence it was found in. */
export interface Found {
  quantity: Quantity;
  sentence: number;
  /** The unit was taken from the text nearby, not written after the figure. */
  elided: boolean;
  /** The unit describes another noun ("the 30-stock index"): no figure nearby counts it. */
  modifier: boolean;
}

/** Finds every quantity in the sentences, in reading order. */
export function findQuantities(text: string, sentences: Sentence[], explain?: Explain): Found[] {
  const found: Found[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    // Page furniture: "144", "Share 12", "5 comments".
    if (!hasWords(tokens, 3)) return;
    const headline = isTitleCase(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      if (tok.kind !== 'number' && !STARTS.has(tok.lower) && !(tok.kind === 'word' && startsWithNumberWord(tok.lower))) {
        const glued = tok.kind === 'word' && tok.lower.startsWith('magnitude-') ? gluedMeasure(tokens, i) : null;
        if (glued === null) continue;
        glued.quantity.text = text.slice(glued.quantity.start, glued.quantity.end);
        explain?.({ rule: 'measure-glued-before', start: glued.quantity.start, end: glued.quantity.end });
        found.push({ quantity: glued.quantity, sentence: index, elided: false, modifier: false });
        i = glued.last;
        continue;
      }
      const q = quantityAt(tokens, i, headline);
      if (q === null) continue;
      const quantity = q.quantity;
      quantity.text = text.slice(quantity.start, quantity.end);
      const elided = quantity.unit === null && q.needsUnit;
      if (elided) quantity.unit = elidedUnit(tokens, q.first, found, sentences, index);
      explain?.({ rule: elided ? 'unit-from-context' : 'quantity', start: quantity.start, end: quantity.end });
      found.push({ quantity, sentence: index, elided, modifier: q.modifier });
      i = q.last;
    }
  });
  return found;
}

/**
 * "Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police": a headline in title case, where a capital
 * says nothing of a name. Every word of four letters or more is capitalised, and there are three or more.
 */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    if (!isCapitalized(t)) return false;
    long++;
  }
  return long >= 3;
}

/** "A magnitude-5.9 earthquake": the figure written onto the measure it gives (the tokenizer keeps "magnitude-5"). */
function gluedMeasure(tokens: Token[], i: number): Match | null {
  const tok = tokens[i] as Token;
  const hyphen = tok.lower.indexOf('-');
  const digits = tok.lower.slice(hyphen + 1);
  if (!/^\d+$/.test(digits)) return null;
  const [stop, decimals] = [tokens[i + 1], tokens[i + 2]];
  const decimal = stop?.text === '.' && adjacent(tok, stop) && adjacent(stop, decimals) && decimals?.kind === 'number';
  const value = Number(decimal ? `${digits}.${(decimals as Token).text}` : digits);
  const end = decimal ? (decimals as Token).end : tok.end;
  const quantity: Quantity = {
    ...{ text: '', start: tok.start + hyphen + 1, end, value, low: null, high: null, approx: 'exact' },
    ...{ kind: 'count', unit: tok.lower.slice(0, hyphen), currency: null },
  };
  return { quantity, first: i, last: decimal ? i + 2 : i, needsUnit: false, modifier: false };
}

function hasWords(tokens: Token[], n: number): boolean {
  let count = 0;
  for (const t of tokens) if (t.kind === 'word' && t.text.length > 1 && ++count >= n) return true;
  return false;
}

interface Match {
  quantity: Quantity;
  first: number;
  last: number;
  needsUnit: boolean;
  /** The unit is written as a compound adjective ("the 30-stock Dow"): it names what the figure describes. */
  modifier: boolean;
}

function quantityAt(tokens: Token[], i: number, headline = false): Match | null {
  const qualifier = qualifierAt(tokens, i);
  const numAt = qualifier ? i + qualifier.words.length : i;
  const first = tokens[numAt];
  if (first === undefined) return null;
  if (qualifier && isSpatialPreposition(tokens, i, qualifier)) return null;

  // Currency written before the figure: "$61 billion", "US$5".
  const sign = signAt(tokens, numAt);
  let currency: string | null = sign?.currency ?? null;
  const numStart = sign?.figure ?? numAt;
  const parsed = parseNumber(tokens, numStart);
  if (parsed === null) return null;
  const numToken = tokens[numStart] as Token;
  const spanFirst = qualifier ? i : numAt;
  if (currency === null && numStart > 0) {
    const before = tokens[numStart - 1] as Token;
    const sign2 = CURRENCY_SIGNS.get(before.text);
    if (sign2 && adjacent(before, numToken)) return null; // handled from the sign's index
  }

  // "a 1 trillion-euro budget": the scale and the currency in one word.
  const scaledMoney = parsed.value !== null && currency === null ? scaledCurrency(tokens[parsed.end], SCALES) : null;
  if (scaledMoney) [parsed.value, parsed.end, currency] = [(parsed.value ?? 0) * scaledMoney[0], parsed.end + 1, scaledMoney[1]];
  if (isExcluded(tokens, numStart, parsed.end, currency !== null, headline)) return null;

  let end = parsed.end;
  let value = parsed.value;
  let low: number | null = null;
  let high: number | null = null;
  let kind: QuantityKind = parsed.fraction ? 'fraction' : 'count';
  let approx: Approx = qualifier && qualifier.approx !== 'range' ? qualifier.approx : 'exact';
  if (parsed.vague) approx = 'vague';
  if (qualifier?.words.join(' ') === 'a couple of') approx = 'approx';
  if (first.lower === 'a' && tokens[numAt + 1]?.lower === 'couple') approx = qualifier ? approx : 'approx';

  // Ranges: "3 to 4", "15,000-20,000", "between 5 and 7"; but "increased 1,000 to 427,000" and "rose from 3.5% to
  // 3.7%" are a change, then a level.
  // Each end may carry its own percent sign or currency sign: "5.25% to 5.5%", "between £5m and £7m".
  const ownSuffix = percentSuffix(tokens, end);
  const joinAt = ownSuffix > 0 ? end + ownSuffix : end;
  const joiner = tokens[joinAt];
  const change = joiner?.lower === 'to' && (!qualifier || qualifier.words[0] === 'from') && changedBy(tokens, numAt);
  if (!parsed.vague && joiner && !change && ['to', '-', '–', 'or', 'and'].includes(joiner.lower)) {
    // "between 5 and 7", "between the ages of 25 and 54".
    const between = tokens.slice(Math.max(0, numAt - 4), numAt).some((t) => t.lower === 'between');
    const andOk = joiner.lower !== 'and' || qualifier?.approx === 'range' || between;
    const hyphenOk =
      !['-', '–'].includes(joiner.text) || (adjacentOrSpaced(tokens, joinAt) && tokens[joinAt + 1]?.kind === 'number');
    const secondSign = CURRENCY_SIGNS.get(tokens[joinAt + 1]?.text ?? '');
    const secondAt =
      secondSign !== undefined && (secondSign === currency || tokens[joinAt + 1]?.text === '$') ? joinAt + 2 : joinAt + 1;
    let second = andOk && hyphenOk ? parseNumber(tokens, secondAt) : null;
    if (second && ownSuffix > 0 && percentSuffix(tokens, second.end) === 0) second = null;
    if (second && !second.vague && second.value !== null && parsed.value !== null && second.value > parsed.value) {
      low = parsed.value;
      high = second.value;
      // "3 to 4 million": the scale written once applies to both.
      if (high / low >= 1000 && second.end - secondAt > 1) low *= 10 ** Math.round(Math.log10(high / low));
      value = null;
      end = second.end;
    } else if (ownSuffix === 0 && (isScore(tokens, numStart, end) || isSplit(tokens, end))) {
      // "trailing 3-0", "a 1-0 loss", "a 7-2 ruling": a score or a vote; "9-of-25 from the floor", "13-for-19
      // shooting": made of attempted. One figure with no unit.
      const [startTok, endTok] = [tokens[spanFirst] as Token, tokens[end + 1] as Token];
      return {
        quantity: {
          text: '',
          start: startTok.start,
          end: endTok.end,
          value: null,
          low: null,
          high: null,
          approx: 'exact',
          kind: 'score',
          unit: null,
          currency: null,
        },
        first: spanFirst,
        last: end + 1,
        needsUnit: false,
        modifier: false,
      };
    }
  }
  if (qualifier?.approx === 'range' && low === null) {
    // "between" or "from" without a second figure is no qualifier at all.
    return quantityAt(tokens, numAt, headline);
  }

  // Suffixes: percent, ratio, currency words, compound measures.
  let unit: string | null = null;
  let needsUnit = true;
  let modifier = false;
  const next = tokens[end];
  const named = currencyWordAt(tokens, end);
  const percent = percentSuffix(tokens, end);
  if (percent > 0) {
    kind = 'percent';
    end += percent;
  } else if (
    low === null &&
    joiner !== undefined &&
    ['to', '-', '–', 'and', 'or'].includes(joiner.lower) &&
    percentSuffix(tokens, parseNumber(tokens, joinAt + 1)?.end ?? joinAt) > 0
  ) {
    // "rose from 3.5 to 3.7 percent", a poll's "83 - 13 percent", "47 and 52 percent jumps": the figure before is a
    // percentage too.
    kind = 'percent';
  } else if (
    kind === 'fraction' &&
    next?.lower === 'of' &&
    tokens[end + 1]?.lower === 'a' &&
    percentSuffix(tokens, end + 2) === 2
  ) {
    // "three-quarters of a percentage point".
    kind = 'percent';
    end += 4;
  } else if (next?.lower === 'in' && value !== null && Number.isInteger(value) && value <= 10 && low === null) {
    // "one in five adults", "1 in 10": a share.
    const whole = parseNumber(tokens, end + 1);
    if (
      whole?.value &&
      !whole.vague &&
      whole.value > value &&
      whole.value <= 1e6 &&
      !isExcluded(tokens, end + 1, whole.end, false)
    ) {
      kind = 'fraction';
      value /= whole.value;
      end = whole.end;
    }
  } else if (next?.text === ':' && adjacent(tokens[end - 1], next) && tokens[end + 1]?.kind === 'number' && value !== null) {
    const denominator = Number((tokens[end + 1] as Token).text.replace(/,/g, ''));
    // A clock time ("3:18 left"), or a game clock's minutes and seconds ("30:01").
    const minutes = (tokens[end + 1] as Token).text;
    if (/^\d\d$/.test(minutes) && (value <= 24 || minutes.startsWith('0'))) return null;
    kind = 'ratio';
    value = denominator === 0 ? null : value / denominator;
    end += 2;
  } else if (next?.text === '°' && adjacent(tokens[end - 1], next)) {
    // "28.7°C", "86°F", "a 90° turn".
    const scale = adjacent(next, tokens[end + 1]) ? DEGREES[tokens[end + 1]?.lower ?? ''] : undefined;
    unit = scale ?? 'degrees';
  } else if (named !== null && (value !== null || low !== null)) {
    currency = named;
  } else if (next && HUNDREDTHS.has(next.lower) && (value !== null || low !== null) && currency === null) {
    // "57 cents per share", "51 to 53 cents", "99 pence": money, in the currency's whole units (which currency,
    // "cents" leaves open).
    kind = 'money';
    if (value !== null) value /= 100;
    if (low !== null && high !== null) [low, high] = [low / 100, high / 100];
    if (next.lower !== 'cents' && next.lower !== 'cent') currency = 'GBP';
  } else if (
    next?.text === '-' &&
    adjacent(tokens[end - 1], next) &&
    tokens[end + 1]?.kind === 'word' &&
    adjacent(next, tokens[end + 1])
  ) {
    const compound = compoundUnit((tokens[end + 1] as Token).lower) ?? measureWord(tokens[end + 1] as Token);
    if (compound) {
      unit = compound;
      modifier = true;
      end += 2;
    }
  }
  // "the accused, aged 24,": an age.
  if (unit === null && kind === 'count' && tokens[spanFirst - 1]?.lower === 'aged') unit = 'year';
  // "the 93 year-old", "Eloise Parry, 21, was taken": ages.
  if (unit === null && kind === 'count' && /^(year|month|week|day)s?-old$/.test(tokens[end]?.lower ?? '')) {
    unit = (tokens[end]?.lower ?? '').replace(/s?-old$/, '');
    end++;
  }
  if (
    unit === null &&
    kind === 'count' &&
    value !== null &&
    value < 120 &&
    tokens[spanFirst - 1]?.text === ',' &&
    tokens[end]?.text === ',' &&
    isCapitalized(tokens[spanFirst - 2])
  ) {
    unit = 'year';
  }
  if (currency) kind = 'money';
  if (kind !== 'count' && kind !== 'fraction') needsUnit = false;
  // "three-year-old" written as one word.
  const wordCompound = parsed.words && !parsed.fraction ? splitAtHyphen(numToken.lower) : null;
  if (wordCompound && wordValue(numToken.lower) === null && wordValue(wordCompound[0]) !== null) {
    const compound = compoundUnit(wordCompound[1]);
    if (!compound) return null;
    unit = compound;
    modifier = true;
    value = wordValue(wordCompound[0]);
  }
  // "from three-point range", "Marc Gasol’s three-point play": a kind of shot, not a count of points.
  if (modifier && unit === 'point' && SHOTS.has(tokens[end]?.lower ?? '')) return null;

  for (const post of POST_QUALIFIERS) {
    if (post.words.every((w, k) => tokens[end + k]?.lower === w)) {
      // "50% plus one vote": a sum, not "50 or more".
      if (post.words[0] === 'plus' && parseNumber(tokens, end + 1) !== null) break;
      if (approx === 'exact') approx = post.approx;
      end += post.words.length;
      break;
    }
  }

  // "Magnitude 5.9 earthquake strikes off southeastern Taiwan": a magnitude has no unit to follow it.
  if (unit === null && needsUnit && tokens[spanFirst - 1]?.lower === 'magnitude') unit = 'magnitude';
  if (unit === null && needsUnit) unit = headNoun(tokens, end) ?? measureBefore(tokens, spanFirst);
  // "Two die in crash", "Two Dead in Palo Alto (CA) House Fire": what happened, not what is counted.
  if (unit !== null && needsUnit && EVENT_WORDS.has(unit)) unit = null;
  // "a population close to 93,000", "Evacuates City of 60,000": people, whatever noun comes later.
  if (unit === null && needsUnit && kind === 'count') unit = populationBefore(tokens, spanFirst);
  if (unit !== null && adjacent(tokens[end - 1], tokens[end]) && DEGREES[unit]) unit = DEGREES[unit] as string;
  if (unit !== null || !needsUnit) needsUnit = false;
  if (parsed.vague) needsUnit = false;
  const startTok = tokens[spanFirst] as Token;
  const endTok = tokens[end - 1] as Token;
  return {
    quantity: {
      text: '', // filled by the caller from the source text
      start: startTok.start,
      end: endTok.end,
      value,
      low,
      high,
      approx,
      kind,
      unit,
      currency,
    },
    first: spanFirst,
    last: end - 1,
    needsUnit,
    modifier,
  };
}

function adjacentOrSpaced(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!prev || !tok || !next) return false;
  return (prev.end === tok.start) === (tok.end === next.start);
}

function compoundUnit(word: string): string | null {
  const parts = word.split(/[-‐‑]/);
  const head = parts[0] ?? '';
  const singular = head.replace(/s$/, '');
  if (COMPOUND_UNITS.has(head)) return head;
  if (COMPOUND_UNITS.has(singular)) return singular;
  // "9-square-mile": an area.
  return head === 'square' && COMPOUND_UNITS.has(parts[1] ?? '') ? `square ${parts[1]}` : null;
}

/**
 * "the 30-stock Dow", "the last 20-session average": a small word after a figure and its hyphen is what the
 * figure measures, though no list names it ("9-to-5", "100-odd" and participles aside).
 */
function measureWord(t: Token): string | null {
  if (!/^[a-z]+$/.test(t.text) || PREPOSITIONS.has(t.lower) || /(ed|ing)$/.test(t.lower) || t.lower === 'odd') return null;
  return t.lower.replace(/s$/, '');
}

function qualifierAt(tokens: Token[], i: number): Qualifier | null {
  for (const q of QUALIFIERS_BY_FIRST.get((tokens[i] as Token).lower) ?? []) {
    if (!q.words.every((w, k) => tokens[i + k]?.lower === w)) continue;
    // "ticked up to 9.1 percent": the verb's "up", then the level reached; no upper bound.
    if (q.words[0] === 'up' && MOVES_UP.has(tokens[i - 1]?.lower ?? '')) return null;
    return q;
  }
  return null;
}

// Verbs whose "up" is their own ("ticked up", "went up"), not the start of "up to".
const MOVES_UP = new Set([
  ...verbForms('tick inch edge move revise bump push ramp jump climb step creep'),
  ...'went go goes gone going crept shot rose rise rises rising came come comes'.split(' '),
]);

/** "9-of-25", "13-for-19": a figure, a hyphen at tokens[joinerAt], and "of-25" or "for-19" (one word to the tokenizer). */
function isSplit(tokens: Token[], joinerAt: number): boolean {
  const [figure, joiner, rest] = [tokens[joinerAt - 1], tokens[joinerAt], tokens[joinerAt + 1]];
  return joiner?.text === '-' && adjacent(figure, joiner) && adjacent(joiner, rest) && /^(of|for)-\d+$/.test(rest?.lower ?? '');
}

/** "3-0", "7-2": two small whole numbers joined by a hyphen, the second no larger than the first. */
function isScore(tokens: Token[], i: number, joinerAt: number): boolean {
  const [a, joiner, b] = [tokens[i] as Token, tokens[joinerAt] as Token, tokens[joinerAt + 1]];
  if (joinerAt !== i + 1 || b === undefined || !adjacent(a, joiner) || !adjacent(joiner, b)) return false;
  if (!/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text) || Number(b.text) > Number(a.text)) return false;
  // "COVID-19"-like designations are excluded before; a third part ("10-21-2024") makes a date.
  return !(tokens[joinerAt + 2]?.text === joiner.text && adjacent(b, tokens[joinerAt + 2]));
}

/** "increased 1,000", "rose by 5", "rose from 5": the figure at tokens[i] follows a verb of change. */
function changedBy(tokens: Token[], i: number): boolean {
  const word = tokens[i - 1]?.lower;
  const before = word === 'by' || word === 'from' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && CHANGE_VERBS.has(before.lower);
}

/** How many tokens at tokens[i] make a percent sign: "%", "percent", "per cent", "percentage point(s)"; else 0. */
function percentSuffix(tokens: Token[], i: number): number {
  const tok = tokens[i];
  if (tok === undefined) return 0;
  if (tok.text === '%' || PERCENT_WORDS.has(tok.lower)) return 1;
  if (tok.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 2;
  // "a 1.25 percentage point rise": a difference of percentages.
  return tok.lower === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '') ? 2 : 0;
}

const PLACES = new Set(
  'regions areas cities towns villages districts provinces oblasts states countries territories islands'.split(' '),
);

// "drones over four regions": after a noun, "over" is a place, not a lower bound.
function isSpatialPreposition(tokens: Token[], i: number, q: Qualifier): boolean {
  const word = q.words[0] as string;
  if (q.words.length > 1 || !['over', 'under', 'above', 'below', 'around', 'about', 'some', 'from'].includes(word)) return false;
  if (word === 'some' || word === 'about' || word === 'from') return false;
  const prev = tokens[i - 1];
  // "a BMI under 30": an acronym names a measure, not a place.
  if (prev !== undefined && isAllUpper(prev.text, 2)) return false;
  // "launched overnight over four regions": what is counted is places.
  for (let k = i + 2; k < i + 5 && tokens[k]?.kind === 'word'; k++) if (PLACES.has((tokens[k] as Token).lower)) return true;
  return prev !== undefined && prev.kind === 'word' && (isPluralNoun(prev.text) || isCapitalized(prev)) && i > 0;
}

const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000']);

/** Years, dates, times, ordinals, designations and pronoun "one" are not quantities. */
function isExcluded(tokens: Token[], i: number, end: number, money: boolean, headline = false): boolean {
  const tok = tokens[i] as Token;
  // "Oct. 21": look past the abbreviation's period.
  const prev = tokens[i - 1]?.text === '.' && adjacent(tokens[i - 2], tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1];
  const next = tokens[end];
  if (tok.kind === 'number') {
    const plain = /^\d+$/.test(tok.text);
    const n = Number(tok.text.replace(/,/g, ''));
    // Calendar years (but "within 1000 feet of a school" measures).
    if (
      !money &&
      plain &&
      tok.text.length === 4 &&
      n >= 1000 &&
      n <= 2199 &&
      end === i + 1 &&
      next?.text !== '%' &&
      next?.lower !== 'percent' &&
      !LENGTHS_AND_WEIGHTS.has(next?.lower ?? '')
    )
      return true;
    // Dates: "Oct. 21", "21 October".
    if (plain && n >= 1 && n <= 31 && ((prev && MONTHS.has(prev.lower)) || (next && MONTHS.has(next.lower) && end === i + 1)))
      return true;
    // Clock times: "10 a.m.", "10:30".
    if (next && TIME_WORDS.has(next.lower)) return true;
    if (next?.text === ':' && /^\d\d$/.test(tokens[end + 1]?.text ?? '') && n <= 24) return true;
    // Letters written onto the figure: "155mm", "1st", "1990s", "5G".
    const after = tokens[i + 1];
    if (after && adjacent(tok, after) && after.kind === 'word' && end === i + 1 && !ATTACHED_MEASURES.has(after.lower))
      return true;
    if (after && adjacent(tok, after) && after.kind === 'number') return true;
    // "(2011-15)", "2007-11": the end of a span of years.
    if (
      plain &&
      prev?.text === '-' &&
      adjacent(prev, tok) &&
      /^\d{4}$/.test(tokens[i - 2]?.text ?? '') &&
      adjacent(tokens[i - 2], prev)
    )
      return true;
    // "9/11", "10/21/2024": dates and designations, not counts.
    if ((after?.text === '/' && adjacent(tok, after)) || (prev?.text === '/' && adjacent(prev, tok))) return true;
    // "in ’91": a year.
    if (prev && /^['’]$/.test(prev.text) && adjacent(prev, tok)) return true;
    // List markers: "as follows: 1. Finland".
    if (next?.text === '.' && adjacent(tok, next) && (prev === undefined || prev.text === ':')) return true;
    // Footnote markers: "[3]".
    if (prev?.text === '[' && next?.text === ']') return true;
    // The minutes of a time whose hour was left out ("3:18").
    if (prev?.text === ':' && adjacent(prev, tok) && tokens[i - 2]?.kind === 'number' && adjacent(tokens[i - 2], prev))
      return true;
    // Addresses and emergency numbers: "the 9800 block of Spring Park Drive", "a 911 call".
    if (end === i + 1 && next?.lower === 'block' && tokens[end + 1]?.lower === 'of') return true;
    if (end === i + 1 && EMERGENCY_NUMBERS.has(tok.text) && next?.kind === 'word' && !isPluralNoun(next.text)) return true;
  }
  if (prev && !money) {
    // "Article 5", "Flight 17", "No. 10"; lowercase too for the parts of a text: "clause 926", "section 230".
    if (DESIGNATORS.has(prev.lower) && (isCapitalized(prev) || TEXT_PARTS.has(prev.lower))) return true;
    // "Su 34", "Boeing 737", "Windows 11": a name right before the figure; "Trump’s 10,704" is the name's figure.
    const sentenceStart = i - 1 === 0;
    const possessive = /['’]s$/.test(prev.text);
    // "iPhone 4", "eBay 2": a capital inside the word makes it a name too.
    // ("“Over 97%": a qualifier capitalised at the start of a quote is no name.)
    // ("the Warriors 120-112": a team's score.)
    const named =
      !isScore(tokens, i, end) &&
      (isCapitalized(prev) || (prev.kind === 'word' && /^[a-z]+[A-Z]/.test(prev.text))) &&
      !STARTS.has(prev.lower) &&
      !MONTHS.has(prev.lower);
    // ("Kills 2 Women": in a title-case headline only a capitalised acronym names a figure.)
    const nameLike = !headline || isAllUpper(prev.text, 2);
    if (tok.kind === 'number' && named && nameLike && adjacentSpace(prev, tok) && !sentenceStart && !possessive) return true;
    if (prev.text === '-' && adjacent(prev, tok) && isCapitalized(tokens[i - 2]) && adjacent(tokens[i - 2], prev)) return true;
  }
  // "7-Eleven workers", "by 7-Eleven's head office": a name, both the figure and the number word.
  if (tok.kind === 'number' && hyphenName(tokens, i)) return true;
  if (tok.kind === 'word' && prev?.text === '-' && tokens[i - 2]?.kind === 'number' && hyphenName(tokens, i - 2)) return true;
  // "the “One Big Beautiful Bill Act”": a number word starting a title of three capitalised words or more.
  // ("Kills Two In Kraft Shooting": not in a headline, where every word is capitalised.)
  if (!headline && tok.kind === 'word' && isCapitalized(tok) && [1, 2, 3].every((k) => isCapitalized(tokens[end - 1 + k])))
    return true;
  if (tok.lower === 'one') {
    if (prev && ONE_PRONOUN_BEFORE.has(prev.lower)) return true;
    // ("agreeing on just one of 24 counts": one of a number counts.)
    const ofFigure = next?.lower === 'of' && tokens[end + 1]?.kind === 'number';
    if (next?.kind !== 'word' || (ONE_PRONOUN_AFTER.has(next.lower) && !ofFigure)) return true;
  }
  return false;
}

/**
 * True when the figure at tokens[i] is joined by a hyphen to a capitalised word in running text ("7-Eleven",
 * "4-H"); in a title-case headline ("Sends 10,000-Strong Force") the words around are capitalised too.
 */
function hyphenName(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  const word = tokens[i + 2];
  if (hyphen?.text !== '-' || !adjacent(tokens[i], hyphen) || !adjacent(hyphen, word) || !isCapitalized(word)) return false;
  return !isCapitalized(tokens[i - 1]) && !isCapitalized(tokens[i + 3]);
}

function adjacentSpace(a: Token, b: Token): boolean {
  return b.start - a.end === 1;
}

// What a bare figure can measure, named before it ("a magnitude of 6.8") or in its sentence ("put the magnitude
// slightly lower, at 6.7").
const MEASURES = new Set(['magnitude', 'depth', 'height', 'altitude', 'speed', 'temperature', 'turnout']);

/** "a preliminary magnitude of 6.8", "a BMI under 30": the measure the figure starting at tokens[i] gives. */
function measureBefore(tokens: Token[], i: number): string | null {
  const before = tokens[i - 1];
  if (before && before.kind === 'word' && before.text.length <= 5 && isAllUpper(before.text, 2)) return before.lower;
  const measure = tokens[i - 2];
  return before?.lower === 'of' && measure && MEASURES.has(measure.lower) ? measure.lower : null;
}

// Verbs and adjectives of what happened, which a figure never counts: "Two die in crash", "2 Dead, 1 Wounded".
const EVENT_WORDS = new Set(['die', 'dies', 'dead', 'hurt', 'missing', 'survive', 'survives', 'remain', 'remains']);

// "a population of 90,000", "a city of 61,000": the people of a place.
const POPULATED = new Set(['population', 'city', 'town', 'village', 'community', 'nation', 'country', 'island']);

/** "a population close to 93,000", "Evacuates City of 60,000": people, when the figure starting at tokens[i] counts a place's. */
function populationBefore(tokens: Token[], i: number): string | null {
  const before = tokens[i - 1]?.lower === 'of' ? tokens[i - 2] : tokens[i - 1];
  const place = before?.lower ?? '';
  return place === 'population' || (POPULATED.has(place) && tokens[i - 1]?.lower === 'of') ? 'people' : null;
}

const COMPARATIVES = new Set(['lower', 'higher', 'fewer', 'less', 'more', 'bigger', 'smaller', 'larger', 'greater']);

// Plural nouns without an "s" that also modify another noun: "police officers", "staff members".
const COLLECTIVES = new Set(['police', 'staff', 'crew', 'media', 'data', 'personnel']);

/** The head noun of the phrase after a figure: the first plural noun (past a modifier like "police"), else the last word. */
export function headNoun(tokens: Token[], from: number): string | null {
  let k = from;
  // "22 out of 35 missiles".
  if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'of') {
    k++;
    while (
      tokens[k] &&
      ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all'].includes((tokens[k] as Token).lower)
    )
      k++;
    // "24 of 26 drones", "18 of the 23 drones": the second figure counts the same thing.
    const whole = tokens[k]?.kind === 'number' ? parseNumber(tokens, k) : null;
    if (whole) k = whole.end;
  }
  // "two more years", "3,000 additional troops".
  if (
    ['more', 'fewer', 'other', 'additional', 'extra', 'further'].includes(tokens[k]?.lower ?? '') &&
    tokens[k + 1]?.kind === 'word'
  )
    k++;
  const words: Token[] = [];
  for (; words.length < 6; k++) {
    // "41 new 52-week highs": a figure compounded into an adjective is passed over.
    if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && adjacent(tokens[k], tokens[k + 1])) k += 2;
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word' || PHRASE_BREAKS.has(tok.lower)) break;
    if (MONTHS.has(tok.lower) && words.length === 0) break;
    words.push(tok);
    // "two police officers": a collective noun before a plural one is a modifier.
    if (isPluralNoun(tok.text) && !(COLLECTIVES.has(tok.lower) && isPluralNoun(tokens[k + 1]?.text ?? ''))) break;
  }
  const first = words[0];
  if (first === undefined) return null;
  // "millions lower": a comparison, no noun.
  if (COMPARATIVES.has(first.lower)) return null;
  // "a 6.5 magnitude earthquake": the figure measures the magnitude; "155 mph winds": it is in miles per hour.
  if (MEASURES.has(first.lower)) return first.lower;
  // ("33C possible": a measure written onto the figure is its unit, whatever follows.)
  if (ATTACHED_MEASURES.has(first.lower) && (first.text.length > 1 || adjacent(tokens[from - 1], first))) return first.lower;
  // "about 9.1 square km", "33 square miles": an area (or a volume) is part of the unit.
  const unitOf = (w: Token) => {
    const before = words[words.indexOf(w) - 1];
    return before && (before.lower === 'square' || before.lower === 'cubic') ? `${before.lower} ${w.lower}` : w.lower;
  };
  const plural = words.findLast((w) => isPluralNoun(w.text));
  // "30 degrees Celsius": the scale, as "30C" gives (the loop stopped at "degrees", at tokens[k]).
  const scale = tokens[k + 1]?.lower;
  if (plural?.lower === 'degrees' && tokens[k] === plural && (scale === 'celsius' || scale === 'fahrenheit')) return scale;
  if (plural) return unitOf(plural);
  // "twenty-five wounded", "30 injured outside a court building": the noun is left out.
  // ("94,908 made in June": an irregular participle too.)
  if (/(ed|ing)$/.test(first.lower) || IRREGULAR_PARTICIPLES.has(first.lower)) return null;
  // Stop at a participle that follows the noun: "one person killed".
  const participle = words.findIndex((w, idx) => idx > 0 && /(ed|ing)$/.test(w.lower));
  const head = participle > 0 ? words[participle - 1] : words[words.length - 1];
  return head ? unitOf(head) : null;
}

/**
 * After a pronoun a plural-looking word is a verb ("he leaves"), and so it is before "that" or an article
 * ("the optimistic scenario shows that").
 */
/** The comma opening ", which ..." (or who, whose) that the comma tokens[close] ends, else -1. */
function relativeAsideBefore(tokens: Token[], close: number): number {
  for (let j = close - 1; j >= Math.max(0, close - 25); j--) {
    if ((tokens[j] as Token).text !== ',') continue;
    return /^(which|who|whose)$/.test(tokens[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

function verbLike(tokens: Token[], k: number): boolean {
  // ("a candidate needs 270": a word in -s right before a figure is its verb.)
  return (
    PRONOUN_SUBJECTS.has(tokens[k - 1]?.lower ?? '') ||
    ['that', 'the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '') ||
    (tokens[k + 1]?.kind === 'number' && tokens[k - 1]?.kind === 'word') ||
    // ("Hiller Kills Two In Kraft Shooting": a capitalised word right before a number word, in a headline.)
    (isCapitalized(tokens[k]) && wordValue(tokens[k + 1]?.lower ?? '') !== null)
  );
}

/** "claims for state jobless benefits": the plural noun that a phrase with "for" or "of" ending at tokens[k] hangs on. */
function governingNoun(tokens: Token[], k: number): string | null {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    const tok = tokens[j] as Token;
    if (tok.kind !== 'word') return null;
    if (PREPOSITIONS.has(tok.lower) && tok.lower !== 'for' && tok.lower !== 'of') return null;
    if (tok.lower !== 'for' && tok.lower !== 'of') continue;
    const head = tokens[j - 1] as Token;
    return head.kind === 'word' && isPluralNoun(head.text) ? head.lower : null;
  }
  return null;
}

/**
 * The noun a figure stands for when it is left out ("including four over
 * Kursk" → drones): an earlier figure's unit in the sentence, an earlier plural
 * noun in it, or the unit of the figure just before.
 */
function elidedUnit(tokens: Token[], first: number, found: Found[], sentences: Sentence[], index: number): string | null {
  // "Homes destroyed: At least 1,700", "Evacuees: 4,403": a label before a colon names what is counted.
  // (Only the first few tokens are read: a page of bare figures stays linear.)
  const colon = tokens.slice(0, Math.min(first, 4)).findIndex((t) => t.text === ':');
  const label = colon > 0 ? tokens.slice(0, colon).find((t) => t.kind === 'word' && isPluralNoun(t.text)) : undefined;
  if (label) return label.lower;
  // Bounded look-backs keep a page of bare figures linear.
  // (A unit written as a compound adjective counts only when no plural noun is nearer: "Seventeen components of the
  // 30-stock index ..., and 13" count components, and "The four-week moving average of claims ... fell to 395,750"
  // claims; but "an 18-point lead, which they built to 30" counts points.)
  let described: Found | null = null;
  for (let k = found.length - 1; k >= Math.max(0, found.length - 8); k--) {
    const q = found[k] as Found;
    if (q.sentence !== index) break;
    if (q.quantity.unit && !q.modifier) return q.quantity.unit;
    described ??= q.quantity.unit ? q : null;
  }
  // One pass back: what the sentence says the figure measures ("the magnitude was estimated at 7.8") or what
  // "the number of" counts ("The number of people ... slipped to 3.68 million") wins; else the nearest plural noun.
  let plural: string | null = null;
  for (let k = first - 1; k >= Math.max(0, first - 40); k--) {
    const tok = tokens[k] as Token;
    if (described && plural === null && tok.start < described.quantity.start) return described.quantity.unit;
    // "total CBP encounters, which includes ... inadmissible cases along the border, were 52,546": past the aside.
    if (tok.text === ',') {
      const open = relativeAsideBefore(tokens, k);
      if (open >= 0) k = open;
      continue;
    }
    if (tok.kind !== 'word') continue;
    if (MEASURES.has(tok.lower)) return tok.lower;
    if (tok.lower === 'number' && tokens[k + 1]?.lower === 'of') {
      const counted = headNoun(tokens, k + 1);
      if (counted && isPluralNoun(counted)) return counted;
    }
    if (plural === null && k > 0 && isPluralNoun(tok.text) && !PREPOSITIONS.has(tok.lower) && !verbLike(tokens, k)) {
      plural = governingNoun(tokens, k) ?? tok.lower;
    }
  }
  if (plural !== null) return plural;
  if (described) return described.quantity.unit;
  const previous = found[found.length - 1];
  const current = sentences[index] as Sentence;
  // (Only a unit written after its figure: one taken from nearby again would drift from sentence to sentence.)
  if (
    previous?.quantity.unit &&
    !previous.elided &&
    !previous.modifier &&
    previous.sentence >= index - 2 &&
    (sentences[previous.sentence] as Sentence).paragraph >= current.paragraph - 1
  ) {
    return previous.quantity.unit;
  }
  return null;
}
