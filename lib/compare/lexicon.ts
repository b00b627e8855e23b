import countries from 'world-countries';
import { startsUpper } from '../claims/tokens';
import type { EventKind } from './event-kinds';

/** A country or organisation a figure belongs to or happens in. */
export interface Entity {
  /** Stable key: the ISO 3166 alpha-3 code for countries, else the lower-case name. */
  key: string;
  name: string;
  /** "North Korean" for North Korea; the name itself where there is none. */
  adjective: string;
  /** The country a capital lies in, for places. */
  within: string | null;
}

// Names news uses for a state beyond its own names, capital and demonym: metonyms for its government.
const METONYMS: Record<string, string[]> = {
  RUS: ['Kremlin'],
  USA: ['US', 'U.S.', 'Pentagon', 'White House', 'Washington', 'America', 'Americans'],
  GBR: ['UK', 'U.K.', 'Britain', 'British', 'Downing Street', 'Whitehall'],
  PRK: ['DPRK', 'Pyongyang'],
  CHN: ['Beijing'],
  UKR: ['Kiev'],
  ARE: ['UAE', 'U.A.E.'],
};

interface Alias {
  entity: Entity;
  /** A capital names a place inside its country; as an actor it stands for the country. */
  capital: boolean;
}

function buildAliases(): Map<string, Alias> {
  const aliases = new Map<string, Alias>();
  const add = (name: string, alias: Alias) => {
    // Two-letter codes ("IN", "IT") are words in headlines; only the spelled-out forms are kept.
    if (name.length >= 3 || METONYMS[alias.entity.key]?.includes(name)) {
      if (!aliases.has(name)) aliases.set(name, alias);
    }
  };
  for (const c of countries) {
    const demonym = c.demonyms?.eng?.m ?? c.name.common;
    const entity: Entity = { key: c.cca3, name: c.name.common, adjective: demonym, within: null };
    for (const name of [c.name.common, c.name.official, demonym, c.demonyms?.eng?.f ?? '', ...c.altSpellings]) {
      if (/^[A-Z][A-Za-z .'-]+$/.test(name)) add(name, { entity, capital: false });
    }
    for (const name of METONYMS[c.cca3] ?? []) add(name, { entity, capital: false });
    for (const capital of c.capital ?? []) {
      const place: Entity = { key: capital.toLowerCase(), name: capital, adjective: capital, within: c.cca3 };
      if (/^[A-Z][A-Za-z .'-]+$/.test(capital)) add(capital, { entity: place, capital: true });
    }
  }
  return aliases;
}

const ALIASES = buildAliases();
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.-]*/gu;

/** Words with their offsets; a final dot stays only on abbreviations ("U.S."), apostrophes split ("Russia’s"). */
function wordsOf(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const trailing = word.endsWith('.') || word.endsWith('-');
    const keep = !trailing || /\.\p{L}\.$/u.test(word);
    starts.push(m.index);
    ends.push(m.index + (keep ? word.length : word.replace(/[.-]+$/, '').length));
  }
  return { starts, ends };
}

// The most words a name has ("Democratic People's Republic of Korea").
const NAME_WORDS = [...ALIASES.keys()].map((name) => ({ name, words: wordsOf(name) }));
const LONGEST_NAME = Math.max(...NAME_WORDS.map((n) => n.words.starts.length));
// The words names start with: other capitalised words ("Singh", "The") start no lookup.
const FIRST_WORDS = new Set(NAME_WORDS.map((n) => n.name.slice(0, n.words.ends[0])));

export interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
  /** The country an actor named by its capital stands for ("Pyongyang has sent"). */
  actor: Entity;
}

const COUNTRY_BY_KEY = new Map<string, Entity>();
for (const { entity } of ALIASES.values()) if (entity.within === null) COUNTRY_BY_KEY.set(entity.key, entity);

/**
 * The countries, capitals and governments named in a text, in order. Each
 * capitalised word starts a lookup of the longest name there, word by word
 * (a map lookup is far faster than one regular expression of every name).
 * Case matters: "US" is a country, "us" is not.
 */
export function findEntities(text: string): EntityMention[] {
  const { starts, ends } = wordsOf(text);
  const found: EntityMention[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    if (!startsUpper(text[start] ?? '') || !FIRST_WORDS.has(text.slice(start, ends[i]))) continue;
    for (let j = Math.min(starts.length, i + LONGEST_NAME) - 1; j >= i; j--) {
      const end = ends[j] as number;
      const alias = ALIASES.get(text.slice(start, end));
      if (!alias) continue;
      const actor = alias.capital ? (COUNTRY_BY_KEY.get(alias.entity.within ?? '') ?? alias.entity) : alias.entity;
      found.push({ start, end, entity: alias.entity, actor });
      i = j;
      break;
    }
  }
  return found;
}

// Counted nouns news uses for the same thing, under one name.
const THINGS: Record<string, string[]> = {
  troops: [
    'troop',
    'soldier',
    'serviceman',
    'servicemen',
    'service member',
    'personnel',
    'force',
    'conscript',
    'recruit',
    'fighter',
    'mercenary',
    'infantryman',
    'marine',
    'paratrooper',
    'reservist',
  ],
  drones: ['drone', 'uav', 'unmanned aerial vehicle', 'shahed', 'quadcopter'],
  missiles: ['missile', 'ballistic missile', 'cruise missile'],
  people: ['people', 'person', 'civilian', 'resident', 'individual', 'inhabitant', 'citizen'],
  dead: ['death', 'dead', 'fatality', 'body'],
  injured: ['injury', 'wounded', 'injured'],
  migrants: ['migrant', 'refugee', 'asylum seeker', 'asylum-seeker'],
  children: ['child', 'kid', 'minor'],
};
const THING_OF = new Map(Object.entries(THINGS).flatMap(([thing, words]) => words.map((w) => [w, thing] as const)));

/** The counted thing under its common name: "soldiers" and "troops" are both troops. */
export function canonicalThing(unit: string): string {
  const word = unit.toLowerCase().trim();
  const single = singular(word);
  return THING_OF.get(word) ?? THING_OF.get(single) ?? single;
}

// English plural endings, enough for counted nouns; irregular ones that matter are in THINGS.
// (pluralize does this fully, but its UMD wrapper breaks when bundled into the background.)
export function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/(?:men)$/.test(word)) return `${word.slice(0, -3)}man`;
  return word.replace(/s$/, '');
}

export type { EventKind } from './event-kinds';

const EVENTS: Array<[EventKind, RegExp]> = [
  ['casualties', /^casualt/],
  ['downed', /^(?:downed|destroy|intercept|neutrali[sz]|repel)/],
  [
    'sent',
    /^(?:sen[dt]|dispatch|deploy|redeploy|station(?:ed|ing)$|mov(?:e|ed|es|ing)$|relocat|transfer|arriv|train|provid|suppl(?:y|ie)|deliver|based$|posted$)/,
  ],
  ['killed', /^(?:kill|dead$|died$|dies$|die$|deaths?$|fatalit|perish|execut|slain$|slay)/],
  ['wounded', /^(?:wound|injur|hurt$)/],
  ['launched', /^(?:launch|fired$|fire$|fires$|firing$|attack|strikes?$|struck$|target)/],
  ['captured', /^(?:captur|prisoners?$|detain|arrest|abduct|kidnap|hostages?$)/],
  ['displaced', /^(?:displac|evacuat|fled$|flee|uproot)/],
  // "a group of at least three dozen mostly young people briefly rampaged through the aisles" (d34) is not the 46
  // arrested the night after: those who rioted and those arrested are two counts.
  ['rioted', /^(?:riot|rampag|loot|ransack|trash(?:ed|ing)$)/],
];

// All of them as one expression, a group each, tried in the same order: one match per word instead of eight.
const ANY_EVENT = new RegExp(EVENTS.map(([, pattern]) => `(${pattern.source})`).join('|'));
const SHOT = /^(?:shot|shoot|shooting|shoots)$/;
// "drawing riot police", "officers in riot gear": the police's, not a riot.
const RIOT_GEAR = /^(?:police|gear|squads?|shields?|control|officers?|cops?)$/i;
const LETTERS = /\p{L}+/gu;

/** The words of a text that name an event ("sent", "shot down"), with where each starts. */
export function findEvents(text: string): Array<{ at: number; kind: EventKind }> {
  const events: Array<{ at: number; kind: EventKind }> = [];
  const words = text.match(LETTERS) ?? [];
  let at = 0;
  words.forEach((word, i) => {
    at = text.indexOf(word, at);
    const kind = eventOfWord(word.toLowerCase(), words[i + 1]);
    if (kind) events.push({ at, kind });
    at += word.length;
  });
  return events;
}

/** The event a lower-case word names, if any ("shot" only with "down"). */
function eventOfWord(word: string, next = ''): EventKind | null {
  if (SHOT.test(word)) return next.toLowerCase() === 'down' ? 'downed' : null;
  if (word === 'riot' && RIOT_GEAR.test(next)) return null;
  const m = ANY_EVENT.exec(word);
  if (!m) return null;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  return EVENTS[group - 1]?.[0] ?? null;
}

/** Events counted once per occurrence (an attack, a night's interceptions), unlike deployments that add up. */
export const DATED_EVENTS = new Set<EventKind>([
  'killed',
  'wounded',
  'casualties',
  'launched',
  'downed',
  'captured',
  'displaced',
]);
