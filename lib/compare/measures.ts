/**
 * Word tables for reading what a figure is of. Units convert to one unit per
 * measure (km, days, GB, inches) so that "64 kilometres" and "about 40 miles"
 * compare; counted nouns that name people fall under "people", so that "two
 * workers" and "two women" killed compare (the event word then tells killed
 * from wounded).
 */

// Unit words → measure and factor to its common unit. Each row: a unit as news writes it ("4.46 pounds", "86-yd", "16GB").
const UNITS: Array<[measure: string, factor: number, words: string]> = [
  ['length', 1.609344, 'mile mi mil'],
  ['length', 1, 'kilometre kilometer km'],
  ['length', 0.001, 'metre meter'],
  ['yard', 1, 'yard yd'],
  ['inch', 1, 'inch ″'],
  ['foot', 1, 'foot feet ft'],
  ['pound', 1, 'lb'],
  ['data', 1, 'gb gigabyte'],
  ['data', 1000, 'tb terabyte'],
  ['frequency', 1, 'ghz'],
  ['duration', 1 / 1440, 'minute'],
  ['duration', 1 / 24, 'hour'],
  ['duration', 1, 'day'],
  ['duration', 7, 'week'],
  ['duration', 30.44, 'month'],
  ['duration', 365.25, 'year'],
  ['duration', 3652.5, 'decade'],
  ['temperature', 1, 'degree'],
  ['magnitude', 1, 'magnitude'],
];
export const MEASURES = new Map(
  UNITS.flatMap(([measure, factor, words]) => words.split(' ').map((w) => [w, { measure, factor }] as const)),
);

// Nouns for people, whatever their role: the role is read from the event word ("killing two women", "46 people had been arrested").
export const PEOPLE = new Set(
  (
    'people person woman man men women worker employee coworker co-worker colleague staff victim teen teenager youth ' +
    'student demonstrator protester protestor rioter marcher resident civilian individual adult child kid passenger ' +
    'arrest foe parishioner worshipper congregant member dead wounded injured other'
  ).split(' '),
);

// Counted nouns news uses for one thing.
const SYNONYMS: Array<[string, string]> = [
  ['round', 'shot'],
  ['count', 'charge'],
  // "a 2880x1800 resolution" counts pixels, as "2880 pixels by 1800" does.
  ['resolution', 'pixel'],
];
export const SAME_THINGS = new Map(SYNONYMS);

// Words news uses for one event or one thing, under one head word, as evidence that two figures are of it: "eight days
// of riots" and "eight days of clashes", "an eight-year deal" and "an eight-year offer". WordNet keeps these apart
// (a clash is first a noise, an offer a communication: see docs/compare.md), so they are listed by hand.
const WORD_GROUPS: string[] = [
  'riot rioting clash unrest violence turmoil disturbance upheaval',
  'acquisition purchase takeover buyout merger',
  'quake earthquake temblor tremor',
  'revenue sale turnover',
  'damage destruction',
  'price cost',
  'vigil march rally demonstration protest',
  'fire blaze flame',
];
export const SAME_WORDS = new Map(
  WORD_GROUPS.flatMap((g) => {
    const [head = '', ...rest] = g.split(' ');
    return [head, ...rest].map((w) => [w, head] as const);
  }),
);

// Words that say nothing of what a figure is: function words, reporting verbs, and words of figures themselves.
export const STOPWORDS = new Set(
  (
    'the a an and or but of in on at to for from with by as is are was were be been being has have had having it its ' +
    'this that these those there their they them he she his her him who whom which what when where while than then ' +
    'also not no more less about some just only over under up down out into after before since said say says told ' +
    'according report reported reportedly would could will may might can should per each all other another one two ' +
    'three four five six seven eight nine ten least most almost nearly around approximately some estimated total ' +
    'between million billion thousand hundred dozen percent cent new year our we you i mr ms mrs'
  ).split(' '),
);
