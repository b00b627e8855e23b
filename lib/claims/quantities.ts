import { CURRENCY_SIGNS, localDollar, scaledCurrency, signAt } from './currencies';
import { hyphenInNumberWord, numberWordBefore, parseNumber, partWordBefore, SCALES } from './numbers';
import {
  AFTER_RULES,
  type Draft,
  excluded,
  isRecord,
  isScore,
  isSetScore,
  isSplit,
  MOVES_UP,
  percentSuffix,
  type Qualifier,
  QUALIFIERS_BY_FIRST,
  type Rule,
  STARTS,
  SUFFIX_RULES,
  UNIT_CHECKS,
  UNIT_RULES,
} from './quantity-rules';
import type { Sentence } from './segment';
import { adjacent, isAllUpper, isCapitalized, type Token } from './tokens';
import type { Explain, Quantity, QuantityKind } from './types';
import { elidedUnit, type Earlier, headNounAt, MEASURE_UNITS } from './units';
import { CHANGE_VERBS, isPluralNoun } from './words';

// Reads quantities with the rule tables of quantity-rules.ts; the order of precedence is written there.

/** A quantity and the sentence it was found in. */
export interface Found extends Earlier {
  /** The unit was taken from the text nearby, not written after the figure. */
  elided: boolean;
  /** The unit describes another noun ("the 30-stock index"): no figure nearby counts it. */
  modifier: boolean;
}

interface Match {
  quantity: Quantity;
  first: number;
  last: number;
  needsUnit: boolean;
  modifier: boolean;
}

/** What a sentence's quantities are read with. */
interface Reading {
  tokens: Token[];
  headline: boolean;
  explain: Explain | undefined;
}

/** Finds every quantity in the sentences, in reading order. */
export function findQuantities(text: string, sentences: Sentence[], explain?: Explain): Found[] {
  const found: Found[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    // Page furniture: "144", "Share 12", "5 comments".
    if (!hasWords(tokens, 3)) return;
    const reading: Reading = { tokens, headline: isTitleCase(tokens), explain };
    for (let i = 0; i < tokens.length; i++) {
      const q = matchAt(reading, i);
      if (q === null) continue;
      const quantity = q.quantity;
      quantity.text = text.slice(quantity.start, quantity.end);
      const elided = quantity.unit === null && q.needsUnit;
      const taken = elided ? elidedUnit(tokens, q.first, found, sentences, index) : null;
      if (taken !== null) {
        withUnitAt(quantity, taken.unit, taken);
        explain?.({ rule: 'unit-from-context', start: quantity.start, end: quantity.end });
      }
      readInContext(text, quantity, found[found.length - 1], explain);
      found.push({ quantity, sentence: index, elided, modifier: q.modifier });
      i = q.last;
    }
  });
  return found;
}

/** What a quantity is once its unit and the figure before it are known: a measure, money in the local dollar. */
function readInContext(text: string, q: Quantity, before: Found | undefined, explain: Explain | undefined): void {
  if (asMeasure(q)) report(explain, 'measure-unit', q.start, q.end);
  const local = before ? localDollar(text, before.quantity, q) : null;
  if (local === null) return;
  q.currency = local;
  report(explain, 'money-local-dollar', q.start, q.end);
}

/** The quantity starting at tokens[i], if the token can start one. */
function matchAt(reading: Reading, i: number): Match | null {
  const tok = reading.tokens[i] as Token;
  if (tok.kind === 'number' || STARTS.has(tok.lower)) return quantityAt(reading, i);
  // Every word passes here: one look for a hyphen near its start, and no string made unless there is one.
  const hyphen = tok.kind === 'word' ? hyphenInNumberWord(tok.lower) : -1;
  if (hyphen < 0) return null;
  if (numberWordBefore(tok.lower, hyphen) || partWordBefore(tok.lower, hyphen)) return quantityAt(reading, i);
  const prefix = tok.lower.charCodeAt(hyphen) === 45 ? tok.lower.slice(0, hyphen) : '';
  const glued = prefix === 'magnitude' || prefix === 'minus' ? gluedMeasure(reading.tokens, i, prefix) : null;
  if (glued) report(reading.explain, `${prefix}-glued`, glued.quantity.start, glued.quantity.end);
  return glued;
}

/** Sets a quantity's unit and, when known, the offsets it was read from. */
function withUnitAt(q: Quantity, unit: string | null, at: { start?: number; end?: number } | null): Quantity {
  q.unit = unit;
  if (unit !== null && at?.start !== undefined && at.end !== undefined) [q.unitStart, q.unitEnd] = [at.start, at.end];
  return q;
}

/** "64 kilometres", "2.7GHz": a count whose unit is a unit of measurement is a measure, its unit normalised. */
function asMeasure(q: Quantity): boolean {
  const symbol = q.unit === null || (q.kind !== 'count' && q.kind !== 'measure') ? undefined : MEASURE_UNITS.get(q.unit);
  if (symbol === undefined) return false;
  [q.kind, q.measureUnit] = ['measure', symbol];
  return true;
}

function report(explain: Explain | undefined, rule: string, start: number, end: number): void {
  explain?.({ rule, start, end });
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

/**
 * "A magnitude-5.9 earthquake", "minus-40 degrees": the figure written onto the measure it gives or its sign (the
 * tokenizer keeps "magnitude-5" one word).
 */
function gluedMeasure(tokens: Token[], i: number, prefix: string): Match | null {
  const tok = tokens[i] as Token;
  const hyphen = tok.lower.indexOf('-');
  const digits = tok.lower.slice(hyphen + 1);
  if (!/^\d+$/.test(digits)) return null;
  const [stop, decimals] = [tokens[i + 1], tokens[i + 2]];
  const decimal = stop?.text === '.' && adjacent(tok, stop) && adjacent(stop, decimals) && decimals?.kind === 'number';
  const value = Number(decimal ? `${digits}.${(decimals as Token).text}` : digits) * (prefix === 'minus' ? -1 : 1);
  const end = decimal ? (decimals as Token).end : tok.end;
  const start = prefix === 'minus' ? tok.start : tok.start + hyphen + 1;
  const read =
    prefix === 'minus'
      ? headNounAt(tokens, decimal ? i + 3 : i + 1)
      : { unit: prefix, start: tok.start, end: tok.start + hyphen };
  // prettier-ignore
  const quantity: Quantity = { text: '', start, end, value, low: null, high: null, approx: 'exact', kind: 'count', unit: null, currency: null };
  withUnitAt(quantity, read?.unit ?? null, read);
  return { quantity, first: i, last: decimal ? i + 2 : i, needsUnit: false, modifier: false };
}

function hasWords(tokens: Token[], n: number): boolean {
  let count = 0;
  for (const t of tokens) if (t.kind === 'word' && t.text.length > 1 && ++count >= n) return true;
  return false;
}

/** Reads the quantity starting at tokens[i] through the rule tables, in their order of precedence. */
function quantityAt(reading: Reading, i: number): Match | null {
  const d = openDraft(reading, i);
  if (d === null) return null;
  const range = readRange(reading, d);
  if (range === 'score') return scoreMatch(d);
  if (range === 'retry') return quantityAt(reading, d.first + (d.qualifier?.words.length ?? 0));
  if (applyFirst(SUFFIX_RULES, d, reading.explain) === null) return null;
  if (d.currency) d.kind = 'money';
  if (d.kind !== 'count' && d.kind !== 'fraction') d.needsUnit = false;
  if (applyEach(AFTER_RULES, d, reading.explain) === null) return null;
  if (d.unit === null && d.needsUnit) applyFirst(UNIT_RULES, d, reading.explain);
  applyEach(UNIT_CHECKS, d, reading.explain);
  if (d.unit !== null || d.parsed.vague) d.needsUnit = false;
  return closeDraft(d);
}

/** The qualifier, the sign and the figure at tokens[i], unless an exclusion fires; else null. */
function openDraft(reading: Reading, i: number): Draft | null {
  const { tokens, explain } = reading;
  const qualifier = qualifierAt(tokens, i);
  const numAt = qualifier ? i + qualifier.words.length : i;
  if (tokens[numAt] === undefined || (qualifier && isSpatialPreposition(tokens, i, qualifier))) return null;
  // Currency written before the figure: "$61 billion", "US$5", "euro1.3 trillion".
  const sign = signAt(tokens, numAt);
  let currency = sign?.currency ?? null;
  const figure = sign?.figure ?? numAt;
  const parsed = parseNumber(tokens, figure);
  if (parsed === null || (currency === null && signedBefore(tokens, figure))) return null;
  // "a 1 trillion-euro budget": the scale and the currency in one word.
  const scaledMoney = parsed.value !== null && currency === null ? scaledCurrency(tokens[parsed.end], SCALES) : null;
  if (scaledMoney) {
    [parsed.value, parsed.end, currency] = [(parsed.value ?? 0) * scaledMoney[0], parsed.end + 1, scaledMoney[1]];
    report(explain, 'money-scale-currency-word', (tokens[figure] as Token).start, (tokens[parsed.end - 1] as Token).end);
  }
  const exclusion = excluded(tokens, figure, parsed.end, currency !== null, reading.headline);
  if (exclusion !== null) {
    report(explain, exclusion, (tokens[figure] as Token).start, (tokens[parsed.end - 1] as Token).end);
    return null;
  }
  if (sign) report(explain, 'money-sign-before', (tokens[numAt] as Token).start, (tokens[figure] as Token).end);
  const minus = qualifier || sign ? -1 : negativeSign(tokens, figure);
  if (minus >= 0 && parsed.value !== null) {
    parsed.value = -parsed.value;
    report(explain, 'negative', (tokens[minus] as Token).start, (tokens[figure] as Token).end);
  }
  if (qualifier) report(explain, `qualifier-${qualifier.approx}`, (tokens[i] as Token).start, (tokens[numAt - 1] as Token).end);
  const couple = tokens[numAt]?.lower === 'a' && tokens[numAt + 1]?.lower === 'couple';
  const qualified = qualifier && qualifier.approx !== 'range' ? qualifier.approx : 'exact';
  const approx = parsed.vague ? 'vague' : qualifier || !couple ? qualified : 'approx';
  const first = qualifier ? i : minus >= 0 ? minus : numAt;
  const { end, value } = parsed;
  const kind: QuantityKind = parsed.fraction ? 'fraction' : 'count';
  // prettier-ignore
  return { tokens, first, figure, end, parsed, qualifier, value, low: null, high: null, approx, kind, unit: null, unitAt: null, dimensions: null, currency, needsUnit: true, modifier: false, joinAt: end };
}

/** "-2.1%", "minus 5", "negative ten": the index of the sign before the figure at tokens[i], or -1. */
function negativeSign(tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  // ("a margin of error of plus or minus 3.5 points" (USA Today, 2016-09-06): a margin either way, not below zero.)
  if (before?.lower === 'minus' && tokens[i - 2]?.lower === 'or' && tokens[i - 3]?.lower === 'plus') return -1;
  if (before?.lower === 'minus' || before?.lower === 'negative') return i - 1;
  // A hyphen or minus sign written against the figure, with a space (or nothing) before it: not "2007-11".
  const sign = before !== undefined && (before.text === '-' || before.text === '−') && adjacent(before, tokens[i]);
  return sign && !adjacent(tokens[i - 2], before) && tokens[i - 2]?.kind !== 'number' ? i - 1 : -1;
}

/** A figure right after a currency sign is read from the sign's index. */
function signedBefore(tokens: Token[], figure: number): boolean {
  const before = tokens[figure - 1];
  return before !== undefined && CURRENCY_SIGNS.has(before.text) && adjacent(before, tokens[figure]);
}

/** The first rule of the table that fires, reported; null when one shows the figure is no quantity. */
function applyFirst(rules: Array<Rule<Draft>>, d: Draft, explain: Explain | undefined): boolean | null {
  for (const rule of rules) {
    const fired = rule.fires(d);
    if (fired !== false) reportDraft(explain, rule.id, d);
    if (fired !== false) return fired;
  }
  return false;
}

/** Every rule of the table in turn, each reported when it fires; null when one shows the figure is no quantity. */
function applyEach(rules: Array<Rule<Draft>>, d: Draft, explain: Explain | undefined): boolean | null {
  for (const rule of rules) {
    const fired = rule.fires(d);
    if (fired !== false) reportDraft(explain, rule.id, d);
    if (fired === null) return null;
  }
  return true;
}

function reportDraft(explain: Explain | undefined, rule: string, d: Draft): void {
  if (explain) report(explain, rule, (d.tokens[d.first] as Token).start, (d.tokens[d.end - 1] as Token).end);
}

const JOINERS = new Set(['to', '-', '–', 'or', 'and']);

/**
 * Ranges: "3 to 4", "15,000-20,000", "between 5 and 7"; each end may carry its own sign ("5.25% to 5.5%",
 * "between £5m and £7m"). But "increased 1,000 to 427,000" and "rose from 3.5% to 3.7%" are a change, then a
 * level; "trailing 3-0" is a score. 'retry' when "between" or "from" has no second figure.
 */
function readRange(reading: Reading, d: Draft): 'range' | 'score' | 'retry' | null {
  const { tokens } = d;
  const ownSuffix = percentSuffix(tokens, d.end) || unitSuffix(tokens, d.end);
  d.joinAt = d.end + ownSuffix;
  const joiner = tokens[d.joinAt];
  const numAt = d.first + (d.qualifier?.words.length ?? 0);
  const change = joiner?.lower === 'to' && (!d.qualifier || d.qualifier.words[0] === 'from') && changedBy(tokens, numAt);
  let found: 'range' | 'score' | null = null;
  if (!d.parsed.vague && joiner && !change && JOINERS.has(joiner.lower)) {
    const score = isRecord(tokens, d.figure, d.end) || isSetScore(tokens, d.figure, d.end);
    found = score ? 'score' : secondFigure(d, joiner, ownSuffix, numAt) ? 'range' : null;
    if (!found && ownSuffix === 0 && (isScore(tokens, d.figure, d.end) || isSplit(tokens, d.end))) found = 'score';
  }
  if (found) reportDraft(reading.explain, found === 'range' ? 'range' : 'score', d);
  return found === null && d.qualifier?.approx === 'range' ? 'retry' : found;
}

/** The second figure of a range, set as the draft's high end; false when there is none. */
function secondFigure(d: Draft, joiner: Token, ownSuffix: number, numAt: number): boolean {
  const { tokens, joinAt } = d;
  // "between 5 and 7", "between the ages of 25 and 54".
  const between = tokens.slice(Math.max(0, numAt - 4), numAt).some((t) => t.lower === 'between');
  const andOk = joiner.lower !== 'and' || d.qualifier?.approx === 'range' || between;
  const hyphenOk =
    !['-', '–'].includes(joiner.text) || (adjacentOrSpaced(tokens, joinAt) && tokens[joinAt + 1]?.kind === 'number');
  const secondSign = CURRENCY_SIGNS.get(tokens[joinAt + 1]?.text ?? '');
  const signed = secondSign !== undefined && (secondSign === d.currency || tokens[joinAt + 1]?.text === '$');
  const secondAt = signed ? joinAt + 2 : joinAt + 1;
  const second = andOk && hyphenOk ? parseNumber(tokens, secondAt) : null;
  if (!second || (ownSuffix > 0 && !sameSuffix(tokens, d.end, second.end, ownSuffix))) return false;
  // "climbed $4.40 or 17.8 per cent" (Dove Bulletin, 2020-04): a sum, then its share; a range's ends are of one kind.
  if (d.currency !== null && !signed && percentSuffix(tokens, second.end) > 0) return false;
  const low = d.parsed.value;
  if (second.vague || second.value === null || low === null || second.value <= low) return false;
  // "3 to 4 million": the scale written once applies to both.
  const scaled = second.value / low >= 1000 && second.end - secondAt > 1;
  [d.low, d.high, d.value, d.end] = [
    scaled ? low * 10 ** Math.round(Math.log10(second.value / low)) : low,
    second.value,
    null,
    second.end,
  ];
  return true;
}

/** "44 mg to 50 mg": a unit of measurement written after each end of a range (1 token), else 0. */
function unitSuffix(tokens: Token[], i: number): number {
  const tok = tokens[i];
  return tok?.kind === 'word' && MEASURE_UNITS.has(tok.lower) && JOINERS.has(tokens[i + 1]?.lower ?? '') ? 1 : 0;
}

/** The second end of a range carries the first's sign or unit: "5.25% to 5.5%", "44 mg to 50 mg". */
function sameSuffix(tokens: Token[], first: number, second: number, n: number): boolean {
  if (percentSuffix(tokens, first) > 0) return percentSuffix(tokens, second) > 0;
  return tokens[second]?.lower === tokens[first]?.lower && n === 1;
}

/** "trailing 3-0", "a 7-2 ruling", "13-for-19 shooting": a score, a vote or made of attempted; one figure, no unit. */
function scoreMatch(d: Draft): Match {
  const [startTok, endTok] = [d.tokens[d.first] as Token, d.tokens[d.end + 1] as Token];
  const [start, end] = [startTok.start, endTok.end];
  // prettier-ignore
  const quantity: Quantity = { text: '', start, end, value: null, low: null, high: null, approx: 'exact', kind: 'score', unit: null, currency: null };
  return { quantity, first: d.first, last: d.end + 1, needsUnit: false, modifier: false };
}

function closeDraft(d: Draft): Match {
  const [startTok, endTok] = [d.tokens[d.first] as Token, d.tokens[d.end - 1] as Token];
  const { value, low, high, approx, kind, unit, currency } = d;
  const quantity: Quantity = { text: '', start: startTok.start, end: endTok.end, value, low, high, approx, kind, unit, currency };
  withUnitAt(quantity, unit, d.unitAt);
  if (d.dimensions) quantity.dimensions = d.dimensions;
  return { quantity, first: d.first, last: d.end - 1, needsUnit: d.needsUnit, modifier: d.modifier };
}

function adjacentOrSpaced(tokens: Token[], i: number): boolean {
  const [prev, tok, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!prev || !tok || !next) return false;
  return (prev.end === tok.start) === (tok.end === next.start);
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

/** "increased 1,000", "rose by 5", "rose from 5": the figure at tokens[i] follows a verb of change. */
function changedBy(tokens: Token[], i: number): boolean {
  const word = tokens[i - 1]?.lower;
  const before = word === 'by' || word === 'from' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && CHANGE_VERBS.has(before.lower);
}

const PLACES = new Set(
  'regions areas cities towns villages districts provinces oblasts states countries territories islands'.split(' '),
);

/** "drones over four regions": after a noun, "over" (or under, above, below, around) is a place, not a bound. */
function isSpatialPreposition(tokens: Token[], i: number, q: Qualifier): boolean {
  const word = q.words[0] as string;
  if (q.words.length > 1 || !['over', 'under', 'above', 'below', 'around'].includes(word)) return false;
  const prev = tokens[i - 1];
  // "a BMI under 30": an acronym names a measure, not a place.
  if (prev !== undefined && isAllUpper(prev.text, 2)) return false;
  // "launched overnight over four regions": what is counted is places.
  for (let k = i + 2; k < i + 5 && tokens[k]?.kind === 'word'; k++) if (PLACES.has((tokens[k] as Token).lower)) return true;
  return prev !== undefined && prev.kind === 'word' && (isPluralNoun(prev.text) || isCapitalized(prev)) && i > 0;
}
