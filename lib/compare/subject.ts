import { lastSentence } from './last-sentence';
import type { Quantity } from '../claims/types';
import { type Sentence, sentences } from '../claims/segment';
import { MONTHS, WEEKDAYS } from '../claims/words';
import {
  canonicalThing,
  DATED_EVENTS,
  type Entity,
  type EntityMention,
  type EventKind,
  findEntities,
  findEvents,
} from './lexicon';

/** Where a figure is: a country, a region or city (with the country it lies in, when the text says), or near the front. */
export interface Place {
  key: string;
  name: string;
  within: string | null;
}

/** What a figure counts, as far as comparing it with other figures goes. */
export interface Subject {
  /** The counted thing under its common name ("troops" for soldiers). */
  thing: string;
  /** Whose it is: "North Korean troops", "Pyongyang has sent ... troops". */
  owner: Entity | null;
  place: Place | null;
  event: EventKind | null;
  /** A count of one occurrence (an attack, a night's interceptions): only figures of the same day compare. */
  dated: boolean;
  /** "an additional 5,000": a change, not a total. */
  increment: boolean;
}

/** A sentence with its quantities (offsets in the page or article) and the text just before it. */
export interface Passage {
  text: string;
  start: number;
  quantities: Quantity[];
  /**
   * The text before (the content script's cut, or up to 600 characters), whose last sentence by the extractor's
   * splitter is where a noun left out ("the number could be as high as 12,000") was written.
   */
  before: string;
}

const FRONT =
  /\b(?:front[- ]?lines?|frontlines?|the front|border areas?|border regions?|(?:close|closer|near|nearer) to (?:the )?(?:front|border))\b/gi;
const NEAR = /\b(?:close to|closer to|near|nearer to|along)\s+(?:the\s+)?$/i;
const REGION = /\b(?:the\s+)?((?:[A-Z][\p{L}'-]+\s+){1,2})(?:region|oblast|province|governorate|state|district|county)\b/gu;
const LOCATIVE =
  /\b(?:to|in|into|inside|within|at|across|throughout)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|occupied|north|south|east|west)\s+)?$/i;
const NAMED_PLACE = /\b(?:to|in|into|inside|within|across|throughout)\s+(?:the\s+)?([A-Z][\p{L}-]+)/gu;
const CUMULATIVE = /\b(?:since|so far|in total|a total of|to date|overall|altogether|cumulative|in all)\b/i;
const INCREMENT = /\b(?:additional|further|extra|another)\s+(?:[\w,.-]+\s+){0,3}$/i;
const NOT_OWNER = /^-(?:made|built|designed|supplied|produced)\b/;

/** What a text names, read once whatever the number of its figures: states, places, and words of events. */
interface TextFacts {
  entities: EntityMention[];
  places: Array<{ at: number; place: Place }>;
  events: Array<{ at: number; kind: EventKind }>;
}

/** The subject of each quantity of a passage; null for figures that do not count a thing (percentages, ratios, money). */
export function describePassage(passage: Passage): Array<Subject | null> {
  // Each text (the sentence, the one before) is read once, whatever the number of figures.
  const read = new Map<string, TextFacts>();
  const factsOf = (text: string) => {
    let facts = read.get(text);
    if (!facts) {
      const entities = findEntities(text);
      facts = { entities, places: placesIn(text, entities), events: findEvents(text) };
      read.set(text, facts);
    }
    return facts;
  };
  // The sentence before, as the extractor splits it (the content script's cut is only a bound).
  const split = { ...passage, before: lastSentence(passage.before) };
  return passage.quantities.map((q) => describeQuantity(split, q, factsOf));
}

function describeQuantity(passage: Passage, q: Quantity, factsOf: (text: string) => TextFacts): Subject | null {
  if (q.kind !== 'count' || !q.unit) return null;
  const thing = canonicalThing(q.unit);
  const start = q.start - passage.start;
  const end = q.end - passage.start;
  if (start < 0 || end > passage.text.length) return null;

  // Where the counted noun is written: after the figure ("3,000 North Korean troops"); or, when left
  // out, earlier in the sentence ("troops in Kursk, with a couple of thousand more") or in the one before.
  const unit = new RegExp(`\\b${escape(q.unit)}\\b`, 'gi');
  let text = passage.text;
  let figure = start;
  let nounEnd = end;
  let modifiers = '';
  // The extractor says where it read the noun (issue 17: one analysis); older saved figures lack it and are searched for.
  const read = readNoun(q, passage);
  const after = read ? read.at - end : text.slice(end, end + 80).search(unit);
  const between = after < 0 ? '' : text.slice(end, end + after);
  if (read && read.at < start) {
    figure = read.at;
    nounEnd = read.end;
  } else if (read || (after >= 0 && !/[.;:!?]/.test(between))) {
    modifiers = between;
    nounEnd = read ? read.end : end + after + q.unit.length;
  } else {
    const sentence = [...text.slice(0, start).matchAll(unit)].at(-1);
    const earlier = [...passage.before.matchAll(unit)].at(-1);
    const found = sentence ?? earlier;
    if (found) {
      if (!sentence) text = passage.before;
      figure = found.index;
      nounEnd = found.index + found[0].length;
    }
  }
  const facts = factsOf(text);
  const event = eventNear(text, facts.events, figure, nounEnd);
  return {
    thing,
    owner: ownerOf(text, facts.entities, figure, nounEnd, modifiers, end),
    place: placeOf(text, facts.places, figure, nounEnd),
    event,
    dated: event !== null && DATED_EVENTS.has(event) && !CUMULATIVE.test(text),
    increment: INCREMENT.test(passage.text.slice(Math.max(0, start - 60), start)),
  };
}

/** Where in the passage the extractor read the counted noun (offsets within `passage.text`), when it says and it is there. */
function readNoun(q: Quantity, passage: Passage): { at: number; end: number } | null {
  if (q.unitStart === undefined || q.unitEnd === undefined) return null;
  const [at, end] = [q.unitStart - passage.start, q.unitEnd - passage.start];
  return at >= 0 && end <= passage.text.length ? { at, end } : null;
}

/** Whose the counted thing is: a demonym before the noun, an agent after it ("launched by Russia"), else the nearest actor before the figure. */
function ownerOf(
  text: string,
  entities: EntityMention[],
  figure: number,
  nounEnd: number,
  modifiers: string,
  end: number,
): Entity | null {
  const inPhrase = entities.find((e) => e.start >= end && e.end <= end + modifiers.length && !NOT_OWNER.test(text.slice(e.end)));
  if (inPhrase) return inPhrase.actor;
  const agent = /^[^.;]{0,40}?\bby\s+(?:the\s+)?/.exec(text.slice(nounEnd));
  if (agent) {
    const at = nounEnd + agent[0].length;
    const byWhom = entities.find((e) => e.start === at);
    if (byWhom) return byWhom.actor;
  }
  const sentenceStart = sentenceStartBefore(text, figure);
  const before = entities.filter((e) => e.end <= figure && e.start >= sentenceStart && !namesOrganisation(text, e.end));
  return before.at(-1)?.actor ?? null;
}

/** The places a text names, with where each is named. */
function placesIn(text: string, entities: EntityMention[]): Array<{ at: number; place: Place }> {
  const places: Array<{ at: number; place: Place }> = [];
  for (const m of text.matchAll(FRONT))
    places.push({ at: m.index, place: { key: 'front', name: 'near the front', within: null } });
  for (const m of text.matchAll(REGION)) {
    const name = (m[1] as string).trim();
    const owner = entities.find(
      (e) =>
        e.end <= m.index + m[0].indexOf(name) &&
        /^['’]s\s*$/.test(text.slice(e.end, m.index + m[0].indexOf(name))) &&
        e.end >= m.index - 3,
    );
    places.push({
      at: owner?.start ?? m.index,
      place: { key: name.toLowerCase(), name: `${name} region`, within: owner?.entity.key ?? null },
    });
  }
  for (const e of entities) {
    const lead = text.slice(Math.max(0, e.start - 40), e.start);
    if (/^['’]s\b/.test(text.slice(e.end)) || namesOrganisation(text, e.end)) continue;
    if (NEAR.test(lead))
      places.push({
        at: e.start - (NEAR.exec(lead)?.[0].length ?? 0),
        place: { key: 'front', name: 'near the front', within: null },
      });
    else if (LOCATIVE.test(lead))
      places.push({ at: e.start, place: { key: e.entity.key, name: e.entity.name, within: e.entity.within } });
  }
  // A proper noun after a locative preposition that is no country or capital: "in Kursk".
  for (const m of text.matchAll(NAMED_PLACE)) {
    const name = m[1] as string;
    const at = m.index + m[0].length - name.length;
    if (entities.some((e) => e.start === at) || MONTHS.has(name.toLowerCase()) || WEEKDAYS.has(name.toLowerCase())) continue;
    if (/^['’]s\b/.test(text.slice(at + name.length)) || /^\s+[A-Z]/.test(text.slice(at + name.length))) continue;
    places.push({ at, place: { key: name.toLowerCase(), name, within: null } });
  }
  return places;
}

/**
 * "according to the US Geological Survey", "the chief of staff of the U.S. Air Force": a country before a capitalised
 * word (not a day or a month) names an organisation, not where the figure is.
 */
function namesOrganisation(text: string, end: number): boolean {
  const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  return next !== undefined && !MONTHS.has(next) && !WEEKDAYS.has(next);
}

/** The first place named after the counted noun in its sentence, else the nearest before the figure. */
function placeOf(text: string, places: Array<{ at: number; place: Place }>, figure: number, nounEnd: number): Place | null {
  const end = sentenceEndAfter(text, nounEnd);
  const after = places.filter((p) => p.at >= nounEnd && p.at < end).sort((a, b) => a.at - b.at);
  if (after[0]) return after[0].place;
  const before = places.filter((p) => p.at < figure && sentenceEndAfter(text, p.at) >= figure).sort((a, b) => b.at - a.at);
  return before[0]?.place ?? null;
}

/** The event word nearest the figure in its sentence ("sent", "shot down", "killed or wounded" → casualties). */
function eventNear(
  text: string,
  events: Array<{ at: number; kind: EventKind }>,
  figure: number,
  nounEnd: number,
): EventKind | null {
  const from = sentenceStartBefore(text, figure);
  const to = sentenceEndAfter(text, nounEnd);
  let best: { kind: EventKind; distance: number } | null = null;
  const kinds = new Set<EventKind>();
  for (const { at, kind } of events) {
    if (at < from || at >= to) continue;
    kinds.add(kind);
    const distance = at < figure ? figure - at : Math.max(0, at - nounEnd);
    if (!best || distance < best.distance) best = { kind, distance };
  }
  if (kinds.has('killed') && kinds.has('wounded')) return 'casualties';
  return best?.kind ?? null;
}

/** Where the sentence holding `at` starts, by the extractor's splitter (issue 17: one splitter). */
function sentenceStartBefore(text: string, at: number): number {
  return sentencesOf(text).findLast((s) => s.start <= at)?.start ?? 0;
}

/** Where the sentence holding `from` ends, by the extractor's splitter; the end of the text after the last. */
function sentenceEndAfter(text: string, from: number): number {
  return sentencesOf(text).find((s) => s.end > from)?.end ?? text.length;
}

// The sentences of the passage being read: each of its figures asks several times, so the last text's are kept.
let split: { text: string; sentences: Sentence[] } | null = null;
function sentencesOf(text: string): Sentence[] {
  if (split?.text !== text) split = { text, sentences: sentences(text) };
  return split.sentences;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
