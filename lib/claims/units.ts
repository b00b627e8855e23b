import { parseNumber, wordValue } from './numbers';
import type { Sentence } from './segment';
import { adjacent, isAllUpper, isCapitalized, type Token } from './tokens';
import type { Quantity } from './types';
import { IRREGULAR_PARTICIPLES, isPluralNoun, MONTHS, PHRASE_BREAKS, PREPOSITIONS } from './words';

// What a figure counts or measures: the unit tables and the readers of the noun after (or before) a figure.
// A small table rather than a units library: news names a few dozen units, and js-quantities or convert-units
// (15-40 KB minified) would double the extractor's share of the content script (see docs/rules-quantities.md).

const words = (list: string) => new Set(list.split(' '));

/** Measures written onto the figure ("5km", "33C"); other letters on a figure make a designation or ordinal ("155mm", "1st"). */
export const ATTACHED_MEASURES = words(
  'km kg mph kph kmh kmph ft lb lbs mi gw mw kw kwh gb tb mb sq c f mg mcg ml cm mm in rpm hz khz mhz ghz mbps gbps oz mpg bhp psi pc p ' +
    // ("a season's best 9.79secs time" (The Infostride, 2015-08-23); "m" is metres only where numbers.ts raceDistance
    // says so: elsewhere it is read before as millions.)
    'sec secs m',
);
/** Units a calendar year is never followed by: "within 1000 feet of a school" measures. */
export const LENGTHS_AND_WEIGHTS = words(
  'feet foot miles meters metres yards kilometers kilometres acres hectares tons tonnes pounds kilograms gallons litres liters barrels',
);
/**
 * Units of measurement as news writes them, each with its normalised symbol: a figure with one of these is a
 * measure (kind "measure", Quantity.measureUnit). A table rather than a units library: the extractor needs the
 * names and symbols, not conversion; js-quantities or convert-units (15-40 KB minified) would add more than the
 * extractor's whole table share to the background bundle for names it would still have to map from news usage
 * ("kph", "square km", "degrees Celsius"). Comparison, which converts, reads the symbols.
 */
const MEASURE_TABLE: Array<[string, string]> = [
  ['km', 'km kilometre kilometres kilometer kilometers'],
  ['m', 'm metre metres meter meters'],
  ['cm', 'cm centimetre centimetres centimeter centimeters'],
  ['mm', 'mm millimetre millimetres millimeter millimeters'],
  ['mi', 'mi mile miles'],
  ['yd', 'yd yds yard yards'],
  ['ft', 'ft foot feet'],
  // ("in" only when written onto the figure, "7.9in": headNounAt reads it there, never as a word.)
  ['in', 'in inch inches'],
  ['kg', 'kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos'],
  ['g', 'gram grams gramme grammes'],
  ['mg', 'mg milligram milligrams'],
  ['mcg', 'mcg microgram micrograms'],
  ['lb', 'lb lbs pound pounds'],
  ['oz', 'oz ounce ounces'],
  // Body weights in British news: "lost an amazing 12st 2lb" (Liverpool Echo, 2022-01-02), "17 stone 10lb".
  ['st', 'st stone stones'],
  ['t', 'tonne tonnes'],
  ['ton', 'ton tons'],
  ['°C', 'celsius'],
  ['°F', 'fahrenheit'],
  ['°', 'degree degrees'],
  ['mph', 'mph'],
  ['km/h', 'kph kmh kmph'],
  ['kn', 'knot knots'],
  ['km²', 'km2 sq_km square_km square_kilometre square_kilometres square_kilometer square_kilometers'],
  ['mi²', 'mi2 sq_mi square_mile square_miles'],
  ['m²', 'square_metre square_metres square_meter square_meters'],
  ['ft²', 'sq_ft square_foot square_feet'],
  ['ha', 'hectare hectares'],
  ['ac', 'acre acres'],
  ['l', 'litre litres liter liters'],
  ['ml', 'ml millilitre millilitres milliliter milliliters'],
  ['gal', 'gallon gallons'],
  ['bbl', 'barrel barrels'],
  ['GB', 'gb gigabyte gigabytes'],
  ['TB', 'tb terabyte terabytes'],
  ['MB', 'mb megabyte megabytes'],
  ['Mbps', 'mbps'],
  ['Gbps', 'gbps'],
  ['GHz', 'ghz'],
  ['MHz', 'mhz'],
  ['kHz', 'khz'],
  ['Hz', 'hz'],
  ['rpm', 'rpm'],
  ['GW', 'gw gigawatt gigawatts'],
  ['MW', 'mw megawatt megawatts'],
  ['kW', 'kw kilowatt kilowatts'],
  ['kWh', 'kwh'],
  ['hp', 'hp bhp horsepower'],
  ['psi', 'psi'],
  ['lb-ft', 'lb-ft pound-feet pound-foot'],
  ['mpg', 'mpg'],
];
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map(
  MEASURE_TABLE.flatMap(([symbol, names]) => names.split(' ').map((n) => [n.replace('_', ' '), symbol] as const)),
);

/** "40C", "104F": temperatures written onto the figure. */
export const DEGREES: Readonly<Record<string, string>> = { c: 'celsius', f: 'fahrenheit' };
/** "40-year-old", "12-hour", "five-day": a measure written as a compound adjective. */
const COMPOUND_UNITS = words(
  'year month week day hour minute second mile kilometre kilometer metre meter yard foot inch acre hectare ton tonne ' +
    'pound storey story floor point seat man member person vote game match bed room page gallon litre liter degree ' +
    'magnitude lap round nation country',
);
const UNHYPHENATED_COMPOUNDS = words('year month week day hour minute mile');
/** What a bare figure can measure, named before it ("a magnitude of 6.8") or in its sentence ("put the magnitude ... at 6.7"). */
export const MEASURES = words('magnitude depth height altitude speed temperature turnout');
/** Verbs and adjectives of what happened, which a figure never counts: "Two die in crash", "2 Dead, 1 Wounded". */
export const EVENT_WORDS = words('die dies dead hurt missing survive survives remain remains');
/** "a population of 90,000", "a city of 61,000": the people of a place. */
const POPULATED = words('population city town village community nation country island');
const COMPARATIVES = words('lower higher fewer less more bigger smaller larger greater');
/** Plural nouns without an "s" that also modify another noun: "police officers", "staff members". */
const COLLECTIVES = words('police staff crew media data personnel');
const POSSESSIVES = words('the these those its their his her our all');
const MORE = words('more fewer other additional extra further');
const PRONOUN_SUBJECTS = words('he she it they who that which this');

/** "12-hour", "9-square-mile": the unit of a compound adjective, or null. */
export function compoundUnit(word: string): string | null {
  const parts = word.split(/[-‐‑]/);
  const head = parts[0] ?? '';
  const singular = head.replace(/s$/, '');
  if (COMPOUND_UNITS.has(head)) return head;
  if (COMPOUND_UNITS.has(singular)) return singular;
  return head === 'square' && COMPOUND_UNITS.has(parts[1] ?? '') ? `square ${parts[1]}` : null;
}

/** How much of a compound's word names its unit: "year" of "year-old", "square-mile" of "square-mile". */
export function compoundUnitLength(word: string, unit: string): number {
  return unit.startsWith('square ') ? unit.length : (word.split(/[-‐‑]/)[0] as string).length;
}

/**
 * "the 30-stock Dow", "the last 20-session average": a small word after a figure and its hyphen is what the
 * figure measures, though no list names it ("9-to-5", "100-odd" and participles aside).
 */
export function measureWord(t: Token): string | null {
  if (!/^[a-z]+$/.test(t.text) || PREPOSITIONS.has(t.lower) || /(ed|ing)$/.test(t.lower) || t.lower === 'odd') return null;
  return t.lower.replace(/s$/, '');
}

/** "a preliminary magnitude of 6.8", "a BMI under 30": the measure the figure starting at tokens[i] gives. */
export function measureBefore(tokens: Token[], i: number): UnitRead | null {
  const before = tokens[i - 1];
  if (before && before.kind === 'word' && before.text.length <= 5 && isAllUpper(before.text, 2))
    return readFrom(before.lower, before);
  const measure = tokens[i - 2];
  return before?.lower === 'of' && measure && MEASURES.has(measure.lower) ? readFrom(measure.lower, measure) : null;
}

/** "a population close to 93,000", "Evacuates City of 60,000": people, when the figure at tokens[i] counts a place's. */
export function populationBefore(tokens: Token[], i: number): UnitRead | null {
  const before = tokens[i - 1]?.lower === 'of' ? tokens[i - 2] : tokens[i - 1];
  const place = before?.lower ?? '';
  const people = place === 'population' || (POPULATED.has(place) && tokens[i - 1]?.lower === 'of');
  return people && before ? readFrom('people', before) : null;
}

/** Where the noun phrase after a figure starts: past "out of", "of the", a second figure ("18 of the 23") and "more". */
function phraseStart(tokens: Token[], from: number): number {
  let k = from;
  // "22 out of 35 missiles".
  if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'of') {
    k++;
    while (tokens[k] && POSSESSIVES.has((tokens[k] as Token).lower)) k++;
    // "24 of 26 drones", "18 of the 23 drones": the second figure counts the same thing.
    const whole = tokens[k]?.kind === 'number' ? parseNumber(tokens, k) : null;
    if (whole) k = whole.end;
  }
  // "two more years", "3,000 additional troops".
  if (MORE.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word') k++;
  return k;
}

/** The words of the noun phrase after a figure, up to its first plural noun; and the index after them. */
function phraseWords(tokens: Token[], from: number): { words: Token[]; k: number } {
  const found: Token[] = [];
  let k = phraseStart(tokens, from);
  for (; found.length < 6; k++) {
    // "41 new 52-week highs": a figure compounded into an adjective is passed over.
    if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && adjacent(tokens[k], tokens[k + 1])) k += 2;
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word' || PHRASE_BREAKS.has(tok.lower)) break;
    if (MONTHS.has(tok.lower) && found.length === 0) break;
    found.push(tok);
    // "two police officers": a collective noun before a plural one is a modifier.
    if (isPluralNoun(tok.text) && !(COLLECTIVES.has(tok.lower) && isPluralNoun(tokens[k + 1]?.text ?? ''))) break;
  }
  return { words: found, k };
}

/** A unit and the offsets of the words it was read from. */
export interface UnitRead {
  unit: string;
  start: number;
  end: number;
}

const readFrom = (unit: string, from: Token, to: Token = from): UnitRead => ({ unit, start: from.start, end: to.end });

/** The head noun of the phrase after a figure: the first plural noun (past a modifier like "police"), else the last word. */
export function headNoun(tokens: Token[], from: number): string | null {
  return headNounAt(tokens, from)?.unit ?? null;
}

/** headNoun, with the offsets of the word(s) it read. */
export function headNounAt(tokens: Token[], from: number): UnitRead | null {
  // "the 7.9in iPad Mini", "180mm thick": a unit written onto the figure is its unit, whatever follows ("33C possible").
  const onto = tokens[from];
  if (onto !== undefined && ATTACHED_MEASURES.has(onto.lower) && onto.lower !== 'sq' && adjacent(tokens[from - 1], onto))
    return readFrom(onto.lower, onto);
  const { words: found, k } = phraseWords(tokens, from);
  const first = found[0];
  if (first === undefined) return null;
  // "millions lower": a comparison, no noun.
  if (COMPARATIVES.has(first.lower)) return null;
  // "a 6.5 magnitude earthquake": the figure measures the magnitude; "155 mph winds": it is in miles per hour.
  if (MEASURES.has(first.lower)) return readFrom(first.lower, first);
  // ("33C possible": a measure written onto the figure is its unit, whatever follows.)
  // ("sq" opens an area: "116,347 sq mi".)
  const measure = ATTACHED_MEASURES.has(first.lower) && first.lower !== 'sq';
  if (measure && (first.text.length > 1 || adjacent(tokens[from - 1], first))) return readFrom(first.lower, first);
  // "about 9.1 square km", "33 square miles": an area (or a volume) is part of the unit.
  const unitOf = (w: Token) => {
    const before = found[found.indexOf(w) - 1];
    const area = before && (before.lower === 'square' || before.lower === 'sq' || before.lower === 'cubic');
    return area ? readFrom(`${before.lower} ${w.lower}`, before, w) : readFrom(w.lower, w);
  };
  // "has signed a 12 month contract" (Vital Football): a unit of time or distance written before a noun, unhyphenated,
  // is the figure's unit, as "12-month" is.
  if (found.length > 1 && UNHYPHENATED_COMPOUNDS.has(first.lower)) return unitOf(first);
  const plural = found.findLast((w) => isPluralNoun(w.text));
  // "30 degrees Celsius": the scale, as "30C" gives (the loop stopped at "degrees", at tokens[k]).
  const scale = tokens[k + 1];
  if (plural?.lower === 'degrees' && tokens[k] === plural && (scale?.lower === 'celsius' || scale?.lower === 'fahrenheit'))
    return readFrom(scale.lower, plural, scale);
  if (plural) return unitOf(plural);
  // "twenty-five wounded", "30 injured outside a court building": the noun is left out.
  // ("94,908 made in June": an irregular participle too.)
  if (/(ed|ing)$/.test(first.lower) || IRREGULAR_PARTICIPLES.has(first.lower)) return null;
  // Stop at a participle or a verb that follows the noun: "one person killed", "one person said", "One witness told".
  const participle = found.findIndex((w, idx) => idx > 0 && endsNounPhrase(w.lower));
  // "one mile north of The Geysers", "a 320 gigabyte hard drive": a unit of measurement right after the figure is
  // the head, whatever follows it.
  const unitWord = MEASURE_UNITS.has(first.lower) ? first : undefined;
  const head = unitWord ?? (participle > 0 ? found[participle - 1] : found[found.length - 1]);
  return head ? unitOf(head) : null;
}

/** A participle or a verb of saying: the end of the noun phrase after a figure. */
const endsNounPhrase = (w: string) => /(ed|ing)$/.test(w) || IRREGULAR_PARTICIPLES.has(w) || SAYING.has(w);
const SAYING = words('said says told tells');

/** The comma opening ", which ..." (or who, whose) that the comma tokens[close] ends, else -1. */
function relativeAsideBefore(tokens: Token[], close: number): number {
  for (let j = close - 1; j >= Math.max(0, close - 25); j--) {
    if ((tokens[j] as Token).text !== ',') continue;
    return /^(which|who|whose)$/.test(tokens[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

/**
 * After a pronoun a plural-looking word is a verb ("he leaves"), and so it is before "that" or an article
 * ("the optimistic scenario shows that"), or right before a figure ("a candidate needs 270", "Kills Two").
 */
function verbLike(tokens: Token[], k: number): boolean {
  return (
    PRONOUN_SUBJECTS.has(tokens[k - 1]?.lower ?? '') ||
    ['that', 'the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '') ||
    (tokens[k + 1]?.kind === 'number' && tokens[k - 1]?.kind === 'word') ||
    (isCapitalized(tokens[k]) && wordValue(tokens[k + 1]?.lower ?? '') !== null)
  );
}

/** "claims for state jobless benefits": the plural noun that a phrase with "for" or "of" ending at tokens[k] hangs on. */
function governingNoun(tokens: Token[], k: number): Token | null {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    const tok = tokens[j] as Token;
    if (tok.kind !== 'word') return null;
    if (PREPOSITIONS.has(tok.lower) && tok.lower !== 'for' && tok.lower !== 'of') return null;
    if (tok.lower !== 'for' && tok.lower !== 'of') continue;
    const head = tokens[j - 1] as Token;
    return head.kind === 'word' && isPluralNoun(head.text) ? head : null;
  }
  return null;
}

/** A quantity read earlier, as the unit of a left-out noun needs it. */
export interface Earlier {
  quantity: Quantity;
  sentence: number;
  elided: boolean;
  modifier: boolean;
}

/** "Homes destroyed: At least 1,700", "Evacuees: 4,403": a label before a colon in the first few tokens names what is counted. */
function labelBeforeColon(tokens: Token[], first: number): UnitRead | null {
  const colon = tokens.slice(0, Math.min(first, 4)).findIndex((t) => t.text === ':');
  const label = colon > 0 ? tokens.slice(0, colon).find((t) => t.kind === 'word' && isPluralNoun(t.text)) : undefined;
  return label ? readFrom(label.lower, label) : null;
}

/**
 * The unit of an earlier figure of the sentence, else the figure whose compound adjective names what it describes
 * (only when no plural noun is nearer: "Seventeen components of the 30-stock index ..., and 13" count components;
 * "an 18-point lead, which they built to 30" counts points).
 */
function sentenceUnit(found: Earlier[], index: number): { unit: UnitTaken | null; described: Earlier | null } {
  let described: Earlier | null = null;
  for (let k = found.length - 1; k >= Math.max(0, found.length - 8); k--) {
    const q = found[k] as Earlier;
    if (q.sentence !== index) break;
    if (q.quantity.unit && !q.modifier) return { unit: unitOf(q.quantity), described };
    described ??= q.quantity.unit ? q : null;
  }
  return { unit: null, described };
}

/**
 * One pass back from the figure: what the sentence says it measures ("the magnitude was estimated at 7.8") or
 * what "the number of" counts wins; else the nearest plural noun; `described` when reached first.
 */
function nounBefore(tokens: Token[], first: number, described: Earlier | null): UnitTaken | null {
  let plural: UnitRead | null = null;
  for (let k = first - 1; k >= Math.max(0, first - 40); k--) {
    const tok = tokens[k] as Token;
    if (described && plural === null && tok.start < described.quantity.start) return unitOf(described.quantity);
    // "total CBP encounters, which includes ... inadmissible cases along the border, were 52,546": past the aside.
    if (tok.text === ',') {
      const open = relativeAsideBefore(tokens, k);
      if (open >= 0) k = open;
      continue;
    }
    if (tok.kind !== 'word') continue;
    if (MEASURES.has(tok.lower)) return readFrom(tok.lower, tok);
    if (tok.lower === 'number' && tokens[k + 1]?.lower === 'of') {
      const counted = headNounAt(tokens, k + 1);
      if (counted && isPluralNoun(counted.unit)) return counted;
    }
    if (plural === null && k > 0 && isPluralNoun(tok.text) && !PREPOSITIONS.has(tok.lower) && !verbLike(tokens, k)) {
      const noun = governingNoun(tokens, k) ?? tok;
      plural = readFrom(noun.lower, noun);
    }
  }
  return plural ?? (described ? unitOf(described.quantity) : null);
}

/**
 * The noun a figure stands for when it is left out ("including four over Kursk" → drones): a label, an earlier
 * figure's unit in the sentence, an earlier plural noun in it, or the unit of the figure just before.
 * Bounded look-backs keep a page of bare figures linear.
 */
export function elidedUnit(
  tokens: Token[],
  first: number,
  found: Earlier[],
  sentences: Sentence[],
  index: number,
): UnitTaken | null {
  const label = labelBeforeColon(tokens, first);
  if (label) return label;
  const { unit, described } = sentenceUnit(found, index);
  if (unit) return unit;
  const before = nounBefore(tokens, first, described);
  if (before !== null) return before;
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
    return unitOf(previous.quantity);
  }
  return null;
}

/** A unit taken from another figure, with the offsets it was read from there. */
export type UnitTaken = Pick<UnitRead, 'unit'> & Partial<UnitRead>;

function unitOf(q: Quantity): UnitTaken {
  return { unit: q.unit as string, start: q.unitStart, end: q.unitEnd };
}
