import { startsUpper } from './tokens';

/** Word lists shared by the quantity and attribution rules. */

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const MONTHS = set(
  'january february march april may june july august september october november december ' +
    'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

export const DETERMINERS = set('the a an this that these those its their his her our your my each every any no some');
export const PREPOSITIONS = set(
  'of in on at to for from over under with by into onto near across along during since per after before between ' +
    'against among through toward towards around about beyond within without via amid despite behind above below off upon',
);
// Words that join a clause to what comes before: "and they say", "and according to X, ...".
export const CLAUSE_LINKS = set('and but or so yet because as while if since though although when now that');
export const AUXILIARIES = set(
  'is are was were be been being am has have had having do does did will would shall should can could may might must',
);

/** A verb's regular forms: "climb" → climbs, climbed, climbing (and "climbd", which no text holds). */
export const verbForms = (words: string) => words.split(' ').flatMap((w) => [w, `${w}s`, `${w}ed`, `${w}d`, `${w}ing`]);
// Verbs of change: the figure right after one is the change, and "to" then gives the level reached.
export const CHANGE_VERBS = new Set([
  ...verbForms('increase decrease climb jump decline gain surge plunge edge tumble soar dip slump rebound shrink swell'),
  ...'rose risen rise rises fell fallen fall falls grew grown grow grows dropped drop drops slipped slip slips lost sank slid shrank'.split(
    ' ',
  ),
]);

// Words that end a noun phrase after a number: "66 of the", "four over", "more that".
export const PHRASE_BREAKS = new Set([
  ...PREPOSITIONS,
  ...AUXILIARIES,
  ...DETERMINERS,
  ...set(
    'and or but nor that which who whom whose what when where while as than if so yet ' +
      'more less most least already also still now then ago apiece each alone only just even again too ' +
      'he she it they we you i him them us me himself themselves itself not last next',
  ),
]);

// Plural-looking words that are not plural nouns.
const NOT_PLURAL = set(
  'is was has does his its this thus us plus bus gas yes less unless always sometimes perhaps besides ' +
    'towards afterwards nevertheless whereas various previous famous serious numerous news series species ' +
    'politics economics physics mathematics tactics ethics lens chaos basis crisis analysis thesis status ' +
    'campus virus bonus census consensus corps says warns adds',
);
const IRREGULAR_PLURALS = set(
  'people children men women police personnel staff feet teeth mice geese cattle data media crew folk folks',
);

// Capitalised plurals that are names, not counted things: "the United States".
const PROPER_PLURALS = set(
  'states nations emirates philippines netherlands bahamas maldives airlines airways games times olympics',
);

// Nouns that end like adverbs.
const LY_NOUNS = set('family ally rally assembly supply reply monopoly anomaly tally folly belly bully jelly lily holly');

/** True when a word is an adverb in -ly ("explicitly", "additionally"), as far as its ending tells. */
export function isAdverb(t: { text: string; lower: string }): boolean {
  return t.text === t.lower && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  // Most words end in no "s": of the tests below, only the irregular plurals can take them.
  if (!w.endsWith('s')) return IRREGULAR_PLURALS.has(w);
  if (PROPER_PLURALS.has(w) && startsUpper(word)) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 4 || NOT_PLURAL.has(w) || /['’]s$/.test(w)) return false;
  // "USGS": an acronym is a name.
  if (word === word.toUpperCase()) return false;
  return /[^su]s$/.test(w) && !/(ous|ss|is|us)$/.test(w);
}

// Words before a plural noun that count it vaguely: "say many studies", "say some analysts".
export const QUANTIFIERS = set('many some most several other few both all');

// Past participles not in -ed: "made by", "94,908 made in June".
export const IRREGULAR_PARTICIPLES = set(
  'made done given taken written held seen shown sold paid lost won spent left kept found sent',
);
