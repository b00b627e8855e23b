import { sentences } from '../claims/segment';
import type { Quantity } from '../claims/types';
import { WEEKDAYS } from '../claims/words';
import { type EventKind, findEvents, singular } from './lexicon';
import { lastSentence } from './last-sentence';
import { linePairs, readStory, type Story } from './story';
import type { Subject } from './subject';
import { MEASURES, PEOPLE, SAME_THINGS, SAME_WORDS, STOPWORDS } from './measures';

/**
 * What a figure was read as, from its sentence: the kind of quantity and
 * what it is of, its value in a common unit, the words around it, and what
 * ties it to one occasion (the event word, the weekdays, the names, the
 * place a distance is measured from).
 */
export interface Reading {
  /** The article or page it was read from. */
  article: string;
  quantity: Quantity;
  /** "money:USD", "length", "percent", "score", "age", "count": what values compare with. */
  measure: string;
  /** The thing counted or measured ("people", "bullet", "magnitude", "depth"), or null when the text gives none. */
  thing: string | null;
  /** The value in the measure's common unit (km for lengths, days for durations), or null ("dozens"). */
  low: number | null;
  high: number | null;
  /** "20-13" for scores and records, which compare as text. */
  score: string | null;
  /** Content words near the figure, in their singular forms. */
  words: string[];
  /** The content words right next to it (three words either side): "a depth of", "turnout reached". */
  tight: string[];
  /** The event word nearest the figure in its clause (killed, wounded, arrested …). */
  event: EventKind | null;
  /** Weekdays named in the figure's sentence. */
  days: string[];
  /** Years its clause names other than its article's own ("In June 2012, a 3.0 quake"): another time, another quantity. */
  years: string[];
  /** Proper names near the figure, less the article's protagonists: evidence that two figures are of one holder. */
  names: string[];
  /** The article's own names (its story's), to tell a name the other article knows but does not put near its figure. */
  known: Record<string, number>;
  /** Whose it is, where the text says so by a possessive or an agent: "the Nationals' offer", "Charles' 226 yards", "offers by the Angels". */
  holders: string[];
  /** The name that opens its sentence ("Boston reportedly looks to ink … for eight years"): whose it may be. */
  opener: string[];
  /** The words between the figure and its counted noun ("two Thunderbolt ports": thunderbolt), lower-cased. */
  modifiers: string[];
  /** The models its sentence names by size ("the 15-inch MacBook Pro", '15.4" retina display'): "15", "15.4". */
  variants: string[];
  /** The lines of a product its sentence names where the article names several ("MacBook Air" of MacBook Air and Pro). */
  lines: string[];
  /** The period a record or running total covers, named in its clause ("in a season", "career"): not one game's. */
  periods: string[];
  /** The rank of the model its clause names: "low" ("the base model"), "high" ("an upgraded 15-inch model"). */
  tier: 'low' | 'high' | null;
  /** "the case of another 15-year-old": the figure is said of another of its kind than the story's own. */
  another: boolean;
  /** Whose age it is, by surname ("Teixeira, 28,", "43-year-old Yvonne Hiller", "the 28-year-old": the story's person), or null. */
  person: string | null;
  /** The place a distance is measured from ("north of Santa Rosa"). */
  from: string | null;
  /** The sentence, for the explanation. */
  sentence: string;
  /** The names of every report of its story, where the CLI has grouped them: one report's "Boston Red Sox" ties another's "Boston" to a third's "Red Sox". */
  storyNames?: Record<string, number>;
  /** Whom the article attributes it to (the extractor's speaker), where the CLI knows: two sources of one article may differ. */
  source?: string | null;
  /** What the state-owner rules read ("North Korean troops in Russia"), where they read anything. */
  subject?: Subject | null;
}

// How far either side of the figure its clause is read for words and names.
const NEAR = 70;
// How far back in its sentence a giver is looked for: "the Washington Nationals have upgraded their initial offer to
// Teixeira -- eight years, between $178 million and $184 million" (a dash ends the clause, not the giving).
const HOLDER_NEAR = 140;
// Words either side of a figure that say what it is.
const TIGHT = 3;
const lastWords = (text: string, n: number) =>
  text
    .split(/\s+/)
    .slice(-n - 1)
    .join(' ');
const firstWords = (text: string, n: number) =>
  text
    .split(/\s+/)
    .slice(0, n + 1)
    .join(' ');
// How far a bound reaches beyond its figure, and "about" either side of it.
const BOUND = 1.5;
const APPROX = 0.1;

/**
 * Reads a quantity of an article: `text` is the whole article; `sentence` the extractor's sentence around it
 * (a claim's span), else the sentence is found around the figure.
 */
export function readFigure(
  article: string,
  text: string,
  q: Quantity,
  story: Story = readStory(text),
  sentenceSpan?: [number, number],
): Reading {
  const [from, to] = sentenceSpan ?? sentenceAround(text, q.start, q.end);
  const sentence = text.slice(from, to);
  const before = text.slice(Math.max(from, q.start - NEAR), q.start);
  const after = text.slice(q.end, Math.min(to, q.end + NEAR));
  const clause = clauseOf(before, after);
  const { measure, thing, factor } = measureOf(q, text, before, after);
  const range = rangeOf(q);
  const event = eventOf(clause.before, clause.after);
  return {
    article,
    quantity: q,
    measure,
    thing: thing ?? peopleByEvent(measure, event),
    low: range ? range[0] * factor : null,
    high: range ? range[1] * factor : null,
    score: measure === 'score' ? (q.text.match(/\d+-\d+/)?.[0] ?? null) : null,
    words: contentWords(`${clause.before} ${clause.after}`),
    tight: contentWords(`${lastWords(clause.before, TIGHT)} ${firstWords(clause.after, TIGHT)}`),
    event,
    modifiers: modifiersOf(text, q),
    variants: variantsIn(sentence, q.start - from, q.end - from),
    lines: linesIn(sentence, story),
    periods: periodsOf(clause.before, clause.after),
    tier: tierOf(`${clause.before} ${clause.after}`),
    years: otherYears(`${clause.before} … ${clause.after}`, story),
    days: [...new Set((sentence.match(/\b[A-Z][a-z]+day\b/g) ?? []).map((d) => d.toLowerCase()))].filter((d) => WEEKDAYS.has(d)),
    names: holdersIn(`${clause.before} … ${clause.after}`, story),
    known: story.names,
    holders: holdersOf(text, from, clause, story, text.slice(Math.max(from, q.start - HOLDER_NEAR), q.start)),
    person: measure === 'age' ? personOf(before, after, story) : null,
    opener: q.start - from <= NEAR ? openerOf(clause.before, story) : [],
    another: /\banother\s+$/i.test(before),
    from: /^[\s\w-]{0,40}?\b(?:of|from)\s+((?:[A-Z][\p{L}-]+\s?)+)/u.exec(after)?.[1]?.trim().toLowerCase() ?? null,
    sentence,
  };
}

// Events that happen to people: "2 Dead", "Kills Two", "injuring dozens" count people though no noun says so.
const PEOPLE_EVENTS = new Set<EventKind>(['killed', 'wounded', 'casualties', 'captured', 'displaced']);

function peopleByEvent(measure: string, event: EventKind | null): string | null {
  return measure === 'count' && event && PEOPLE_EVENTS.has(event) ? 'people' : null;
}

// A size that names a model: "15-inch", '15.4"', "13- and 15-inch" (both). Screens, laptops, TVs, wheels.
const SIZE = /\b(\d{1,2}(?:\.\d)?)(?:-inch\b| inch\b|-in\.|["”″](?!\w))|\b(\d{1,2})-? and (?=\d{1,2}(?:\.\d)?-inch\b)/g;

/**
 * The models a figure's sentence names by size, other than the figure itself: a figure of another model of the same
 * product ("up to 2.7GHz" of the 13- and 15-inch against the 15.4" Retina's "2.3 GHz") is not the same quantity.
 */
function variantsIn(sentence: string, start: number, end: number): string[] {
  const sizes = [...sentence.matchAll(SIZE)]
    .filter((m) => m.index + m[0].length <= start || m.index >= end)
    .map((m) => m[1] ?? m[2] ?? '');
  return [...new Set(sizes)];
}

// "per season" is a rate, not a period; "(single-)season", "career", "all-time" records.
// "a career .290 hitter" is a statistic of the player, not the period of the figure before it.
const PERIOD = /\b(?<!per )(?:single-)?season\b|\bcareer\b(?!\s+[.\d])|\ball-time\b/g;

/** Periods named in the clause before the figure or in the few words after it ("80 or more yards in a season"). */
function periodsOf(before: string, after: string): string[] {
  const near = `${before} ${firstWords(after, 4)}`.toLowerCase();
  return [...new Set((near.match(PERIOD) ?? []).map((p) => p.replace(/^single-/, '')))];
}

const LOW_TIER = /\b(?:base|basic|entry(?:-level)?|cheapest|low(?:er)?-(?:end|specced))\b/i;
const HIGH_TIER = /\b(?:top|upgraded|high(?:er)?-end|higher end|flagship|top-of-the-line)\b/i;

/** A clause naming one rank of model only: "the base model" vs "the higher end model" of one line. */
function tierOf(clause: string): 'low' | 'high' | null {
  const low = LOW_TIER.test(clause);
  const high = HIGH_TIER.test(clause);
  return low === high ? null : low ? 'low' : 'high';
}

/**
 * The product lines a sentence names, where its article names the same first word with another second word too:
 * "the new MacBook Air" in an article of the MacBook Air and the MacBook Pro is "air"; "Washington Nationals" in an
 * article that never writes "Washington" before another name is nothing. The article's pairs are its story's, read
 * once: the same in the CLI (whole article) and the background (the page's passages).
 */
function linesIn(sentence: string, story: Story): string[] {
  // A headline's capitals name nothing ("Kills 2 Women in Kraft Factory Shooting").
  const words = sentence.match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) return [];
  const lines = linePairs(sentence)
    .filter(([first, second]) => (story.lines[first] ?? []).some((s) => s !== second))
    .map(([, second]) => second);
  return [...new Set(lines)];
}

/** The words the extractor found between a figure and its counted noun: "two Thunderbolt ports", "two USB ports". */
function modifiersOf(text: string, q: Quantity): string[] {
  if (q.unitStart === undefined || q.unitStart < q.end || q.unitStart - q.end > 40) return [];
  return contentWords(text.slice(q.end, q.unitStart));
}

/** The years the figure's clause names, less its article's own; a year naming a team or model ("the 2008 Miami Dolphins") is no time. */
function otherYears(clause: string, story: Story): string[] {
  const own = story.date?.slice(0, 4);
  const years = [...clause.matchAll(/\b(?:19|20)\d\d\b(?!\s+[A-Z])/g)].map((m) => m[0]);
  return [...new Set(years)].filter((y) => y !== own).sort();
}

// How far either side of a figure the extractor's splitter reads for its sentence: a bounded window, so that a figure
// of a long saved text is read in constant time.
const SENTENCE_WINDOW = 600;

/**
 * The extractor's sentence around a span (issue 17: one splitter, `sentences` of segment.ts), read in a window around
 * it: "Mr. Gray", "U.S. Geological Survey" and a quotation of several sentences do not end it, a line break does.
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - SENTENCE_WINDOW);
  const spans = sentencesIn(text.slice(from, Math.min(text.length, end + SENTENCE_WINDOW)))
    .map((s) => [from + s.start, from + s.end] as const)
    .filter(([a, b]) => a < end && start < b);
  if (spans.length === 0) return [start, end];
  return [Math.min(...spans.map(([a]) => a)), Math.max(...spans.map(([, b]) => b))];
}

// The window last split: the figures of one sentence (a passage, a saved claim) are read one after another, and
// where the text is shorter than the window each sees the same window.
let split: { text: string; spans: Array<{ start: number; end: number }> } | null = null;
function sentencesIn(text: string): Array<{ start: number; end: number }> {
  if (split?.text !== text) split = { text, spans: sentences(text) };
  return split.spans;
}

/** The words of the figure's clause either side: up to a semicolon, a dash or a clause break. */
function clauseOf(before: string, after: string): { before: string; after: string } {
  const cutBefore = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' -- '), before.lastIndexOf('—'));
  const cutAfter = after.search(/;| -- |—/);
  return { before: before.slice(cutBefore + 1), after: cutAfter < 0 ? after : after.slice(0, cutAfter) };
}

function contentWords(text: string): string[] {
  const words = (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => {
    const word = singular(w.replace(/['’]s?$/, ''));
    return SAME_WORDS.get(word) ?? word;
  });
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)))];
}

// Words that name what happened to people, grouped: figures of different events are different quantities.
function eventOf(before: string, after: string): EventKind | null {
  const events = [
    ...findEvents(before).map((e) => ({ kind: e.kind, distance: before.length - e.at })),
    ...findEvents(after).map((e) => ({ kind: e.kind, distance: e.at })),
  ].sort((a, b) => a.distance - b.distance);
  return events[0]?.kind ?? null;
}

// Names an article uses most are what it is about ("Teixeira", "Hiller"): every figure is near them, so they tell none apart.
const PROTAGONISTS = 2;

/** The names near a figure that could say whose it is: names of the story, less the article's protagonists. */
function holdersIn(text: string, story: Story): string[] {
  const protagonists = protagonistsOf(story);
  return namesIn(text).filter((n) => n in story.names && !protagonists.has(n));
}

// Each story's protagonists, found once: every figure of a page is read against the same story.
const PROTAGONISTS_OF = new WeakMap<Story, Set<string>>();

function protagonistsOf(story: Story): Set<string> {
  let found = PROTAGONISTS_OF.get(story);
  if (!found) {
    found = new Set(
      Object.entries(story.names)
        .filter(([n]) => !n.includes(' '))
        .sort((a, b) => b[1] - a[1])
        .slice(0, PROTAGONISTS)
        .map(([n]) => n),
    );
    PROTAGONISTS_OF.set(story, found);
  }
  return found;
}

// "Jamaal Charles' 226 yards", "IBM's $54 billion-per-year", "the Nationals' Eight-Year Offer": a name in the
// possessive at most three words before the figure; "offers by the Angels": a name after "by" just after it.
const POSSESSOR = /([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)(?:['’]s?)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const AGENT = /^[\s\w,-]{0,30}?\bby\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+(?:and\s+the\s+)?[A-Z][\p{L}-]+)*)/u;

// "the Washington Nationals made Teixeira an eight-year …", "Boston Red Sox have offered", "Red Sox offer Teixeira
// $200 million", "The Orioles, according to reports, have offered", "agent Scott Boras countered by asking for an
// eight-year contract": the name that gives or asks.
const GIVER =
  /([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)(?:,[^,.;]{1,40},)?\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:reportedly\s+)?(?:made|offered|offers?|paid|pays|bid|bids|gave|gives|spent|spends|upgraded|raised|countered|asked|asks|asking|demanded|demands|sought|seeks)\b[^.;]{0,50}$/u;
// Verbs of giving the sentence before may use of the offer a figure's sentence then refers to ("have extended an offer").
const EXTENDED = /(?:made|offered|offers?|bid|bids|extended|extends|submitted|upgraded|raised)/.source;
// The giver of the sentence before, anywhere in it: "the Red Sox have extended an offer for Teixeira, believed to be …".
const EARLIER_GIVER = new RegExp(GIVER.source.replace('{0,50}$', '*').replace(/\(\?:made\|offered[^)]*\)/, EXTENDED), 'u');
// A figure's clause that refers back to an offer or its giver: "the offer is believed to be for at least eight years",
// "Silverman believes it to be for eight years".
const REFERS_BACK = /\b(?:it|they|the offer|the deal|the bid|the proposal)\b/i;
// How much text before a figure's sentence is split for the sentence before it.
const EARLIER_WINDOW = 400;

/**
 * Whose a figure is: what its own sentence says (possessorsIn), else, where its clause refers back ("it", "the offer"),
 * the giver the sentence before names: "According to Michael Silverman of the Boston Herald, the Red Sox made an offer
 * to Mark Teixeira. Silverman believes it to be for eight years." Read where the text before is known (the CLI).
 */
function holdersOf(text: string, from: number, clause: { before: string; after: string }, story: Story, reach: string): string[] {
  const own = possessorsIn(clause.before, clause.after, story, reach);
  if (own.length > 0 || from === 0 || !REFERS_BACK.test(clause.before)) return own;
  const earlier = lastSentence(text.slice(Math.max(0, from - EARLIER_WINDOW), from));
  const giver = earlier ? giverIn(earlier, EARLIER_GIVER) : undefined;
  return giver ? namedHolders(giver, story) : [];
}

// The giver further back in the sentence, across a dash: "have upgraded their initial offer to Teixeira -- eight years,".
const FAR_GIVER = new RegExp(GIVER.source.replace('{0,50}$', '{0,80}$'), 'u');
// "pegged the Boston offer to be as high as $184 million", "the Red Sox offer was expected to be in the range of":
// the name that qualifies the offer.
const QUALIFIER = /\b([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)\s+(?:offer|bid|proposal|deal|package)\b[^.;]{0,50}$/u;
// "The Angels are reportedly at eight years and at least $160MM, the Orioles around seven years, $140-150MM": each
// item of a list of holders and their figures.
const LISTED =
  /\b([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)\s+(?:(?:are|is)\s+)?(?:reportedly\s+)?(?:at|around|near)\s+[^A-Z.;]{0,40}$/u;

// "the Colts (10-5)", "the Jacksonville Jaguars (2-13)": a team's record, a company's figure given in brackets after it.
const BRACKETED = /([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)\s+\(\s*$/u;

// "Angels general manager Tony Reagins recently confirmed that his club had also made an eight-year offer", "The
// Angels said last week they made an eight-year offer": the name that says it (a pronoun, "his club") gave. Read as far
// back as a giver, the first name is the club before its spokesman ("Angels", not "Tony Reagins" alone).
const SAID_GIVER =
  /\b([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)(?:\s+\p{Ll}+){0,2}(?:\s+[A-Z][\p{L}-]+)*\s+(?:recently\s+)?(?:said|says|confirmed|confirms|announced)\s+(?:last week\s+)?(?:that\s+)?(?:they|it|his club|its club|the club|the team)\s+(?:(?:had|have|has)\s+)?(?:also\s+)?(?:made|offered|bid)\b[^.;]{0,50}$/u;

// "Boston reportedly looks to ink free-agent slugger for eight years", "Teixeira will be 29 in April": the name that
// opens the sentence, followed by its verb, where nothing nearer says whose the figure is.
const SUBJECT = /^\s*(?:["“]\s*)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)\s+(?=\p{Ll})(?!of\b|and\b|or\b)/u;

function possessorsIn(before: string, after: string, story: Story, reach: string): string[] {
  const name =
    BRACKETED.exec(before)?.[1] ??
    SAID_GIVER.exec(reach)?.[1] ??
    POSSESSOR.exec(before)?.[1] ??
    AGENT.exec(after)?.[1] ??
    giverIn(reach, GIVER) ??
    QUALIFIER.exec(before)?.[1] ??
    LISTED.exec(before)?.[1] ??
    giverIn(reach, FAR_GIVER);
  return name ? namedHolders(name, story) : [];
}

/** A holder's name as words, with the article's longer names that hold them. */
function namedHolders(name: string, story: Story): string[] {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'and' && w !== 'the');
  return fullNames(words, story);
}

// A name ending a list or a group before another name: "the Red Sox team of owner John Henry, COO Larry Lucchino and ".
// A role may stand between ("of owner John Henry"), an article may not ("at the Winter Meetings, the Washington …").
const LISTED_BEFORE =
  /([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)(?:\s+team)?(?:,|\s+and|\s+of)\s+(?:(?!the\s|a\s|an\s)\p{Ll}+\s+)?$/u;

/**
 * The giver, with the names of the list it ends: "the Red Sox team of owner John Henry, COO Larry Lucchino and
 * General Manager Theo Epstein offered Teixeira …" is the Red Sox's (and each of theirs), not only Theo Epstein's.
 */
function giverIn(text: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(text);
  if (!m?.[1]) return undefined;
  const names = [m[1]];
  let head = text.slice(0, m.index + m[0].indexOf(m[1]));
  for (let more = LISTED_BEFORE.exec(head); more?.[1]; more = LISTED_BEFORE.exec(head)) {
    names.unshift(more[1]);
    head = head.slice(0, more.index);
  }
  return names.join(' ');
}

// Whose an age is: the name it stands beside ("Hiller, 43,", "Teixeira, 28, an eight-year deal"), the name that
// turns or will be it ("Teixeira -- who will turn 29 in April", "Teixeira will be 29 in April"), or the name after it
// ("43-year-old Yvonne Hiller", "15-year-old Alexandros Grigoropoulos").
const APPOSED = /([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*),\s*$/u;
const TURNS =
  /([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)\s+(?:(?:--|—|,)\s*who\s+)?(?:will\s+(?:turn|be)|turns|turned|is|was)\s+$/u;
// "another 15-year-old, Michalis Kaltezas": the name in apposition after it.
const NAMED_AFTER = /^[\s-]*(?:(?:year[- ])?old)?(?:\s+|,\s+)([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)+)/u;
// "for the 28-year-old to settle on a deal", "an autopsy of the 16-year-old was released": a person the story has named.
const THE_AGED = /\bthe\s+$/i;
const NO_NOUN_AFTER = /^[\s-]*(?:(?:year[- ])?old)?(?:\s*[,.;:)]|\s+(?:to|who|was|is|has|had|said|and|would|will)\b)/i;

/** The surname of the person whose age a figure gives, or null. */
function personOf(before: string, after: string, story: Story): string | null {
  const named = APPOSED.exec(before)?.[1] ?? TURNS.exec(before)?.[1] ?? NAMED_AFTER.exec(after)?.[1];
  if (named)
    return (
      named
        .toLowerCase()
        .split(/\s+/)
        .at(-1)
        ?.replace(/['’]s?$/, '') ?? null
    );
  return THE_AGED.test(before) && NO_NOUN_AFTER.test(after) ? personOfStory(story) : null;
}

// Each story's person, found once.
const PERSON_OF = new WeakMap<Story, string | null>();

/**
 * The story's most named person: the surname the text writes alone more often than the first name before it
 * ("Mark Teixeira", then "Teixeira" eight times); a team or a place keeps its words together ("Red Sox", "Los Angeles").
 */
function personOfStory(story: Story): string | null {
  if (PERSON_OF.has(story)) return PERSON_OF.get(story) ?? null;
  let best: string | null = null;
  for (const name of Object.keys(story.names)) {
    const [first, last, ...rest] = name.split(' ');
    if (!first || !last || rest.length > 0) continue;
    const count = story.names[last] ?? 0;
    if (count > (story.names[first] ?? 0) && count > (best ? (story.names[best] ?? 0) : 0)) best = last;
  }
  PERSON_OF.set(story, best);
  return best;
}

/** The name that opens the figure's sentence, as its subject: evidence of whose it is, never a veto. */
function openerOf(before: string, story: Story): string[] {
  const subject = SUBJECT.exec(before)?.[1];
  if (!subject || STOPWORDS.has(subject.toLowerCase().split(/\s+/)[0] ?? '')) return [];
  return fullNames(subject.toLowerCase().split(/\s+/), story);
}

/**
 * A holder's words with those of the article's longer names that hold them: "Red Sox" in an article that writes
 * "Boston Red Sox" is also "boston", so that "the Boston offer" of another report is the same holder.
 */
function fullNames(words: string[], story: Story): string[] {
  const index = namesByWord(story);
  const full = new Set(words);
  for (const w of words) for (const part of index.get(w) ?? []) full.add(part);
  return [...full];
}

// Each story's names of two or three words ("Boston Red Sox"), by word, found once: every figure of a page is read
// against the same story. Longer runs join a team to a player ("Chiefs WR Terrance Copper").
const NAMES_BY_WORD = new WeakMap<Story, Map<string, string[]>>();

function namesByWord(story: Story): Map<string, string[]> {
  let index = NAMES_BY_WORD.get(story);
  if (!index) {
    index = new Map();
    for (const name of Object.keys(story.names)) {
      const parts = name.split(' ');
      if (parts.length < 2 || parts.length > 3) continue;
      for (const p of parts) index.set(p, [...(index.get(p) ?? []), ...parts]);
    }
    NAMES_BY_WORD.set(story, index);
  }
  return index;
}

// Capitalised words inside a clause that are names, not the first word of a sentence.
function namesIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L},;:'’"”)]\s+|^)([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)/gu)) {
    for (const w of (m[1] as string).split(/\s+/)) {
      const word = w.toLowerCase();
      if (!STOPWORDS.has(word) && !WEEKDAYS.has(word) && word.length > 1) names.add(word);
    }
  }
  return [...names];
}

/** What a quantity measures and the factor to its measure's common unit. */
function measureOf(q: Quantity, text: string, before: string, after: string) {
  const next = after.match(/^[\s-]*([\p{L}″"]+)/u)?.[1]?.toLowerCase() ?? '';
  if (q.kind === 'money') {
    // "4.46 pounds" with no £ sign is a weight as often as a sum: it compares with pounds only.
    if (q.currency === 'GBP' && !q.text.includes('£') && /^pounds?$/.test(next))
      return { measure: 'pound', thing: null, factor: 1 };
    return { measure: `money:${currencyOf(q, after)}`, thing: null, factor: 1 };
  }
  if (q.kind === 'percent') return { measure: 'percent', thing: null, factor: 1 };
  if (q.kind === 'fraction') return { measure: 'percent', thing: null, factor: 100 };
  if (q.kind === 'score' || /^\d+-\d+$/.test(q.text)) return { measure: 'score', thing: null, factor: 1 };
  // "the 13-inch MacBook Pro", "a 15-inch model": a size that names a model (GUIDELINE: designations are no figures).
  // ".357 Magnum", ".38-caliber": a calibre names a gun; "four times that of": a multiplier, not a count.
  if (/\.$/.test(text.slice(q.start - 1, q.start)) || /^[\s-]*(?:caliber|calibre|magnum)\b/i.test(after))
    return { measure: 'designation', thing: null, factor: 1 };
  if (/^\s+times\s+(?:that|the|as|more|larger|bigger|faster|higher|greater)\b/i.test(after))
    return { measure: 'designation', thing: null, factor: 1 };
  if (/^\d[\d.]*-inch$/i.test(q.text) && /^\s+(?:[A-Z]|models?\b|versions?\b|options?\b|portables?\b)/.test(after))
    return { measure: 'designation', thing: null, factor: 1 };
  if (isAge(q, before, after)) return { measure: 'age', thing: 'age', factor: 1 };
  if (/^\s*(?:pixels?\s+per\s+inch|ppi)\b/i.test(after)) return { measure: 'count', thing: 'ppi', factor: 1 };
  // A unit of measure the extractor found before the figure is another figure's ("a 1.8 GHz i5 … and Intel HD graphics
  // 4000"); a counted noun before it is often referred back to ("seven bullets …, three of them from the rear").
  const found = (q.unit ?? '').toLowerCase();
  const earlier = q.unitStart !== undefined && q.unitStart < q.start && MEASURES.has(singular(found));
  const unit = earlier ? '' : found;
  const word = [unit, next, singular(unit), singular(next)].find((w) => MEASURES.has(w));
  if (word) {
    const m = MEASURES.get(word) as { measure: string; factor: number };
    // "a depth of 1.2 miles", "14 miles north of Healdsburg": what a length measures is the noun before it.
    const what =
      /\b(depth|height|width|length|distance|thick|thin|weigh|long|wide)\w*\s+(?:of\s+|at\s+)?(?:about\s+|only\s+|just\s+)?$/i.exec(
        before,
      )?.[1];
    // "only one mile below ground level", "six miles deep": a depth said after the unit.
    const below = /^[\s-]*\p{L}+\s+(?:below|beneath|under)\s+(?:the\s+)?(?:ground|surface|earth)|^[\s-]*\p{L}+\s+deep\b/iu;
    const thing = what ? what.toLowerCase() : below.test(after) ? 'depth' : m.measure;
    return { measure: m.measure, thing, factor: m.factor };
  }
  const quake = /\b(?:quake|earthquake|temblor|tremor|aftershock)s?\b/i;
  if (/\./.test(q.text) && (q.value ?? 10) < 10 && (quake.test(after.slice(0, 30)) || /\bmeasuring\s+$/i.test(before)))
    return { measure: 'magnitude', thing: 'magnitude', factor: 1 };
  if (/\bmagnitude\b/i.test(`${before.slice(-30)} ${q.text} ${after.slice(0, 20)}`))
    return { measure: 'magnitude', thing: 'magnitude', factor: 1 };
  // "he had been shot seven times", "hit by seven bullets": the times a person was shot are the bullets that hit.
  if (singular(unit) === 'time' && /\b(?:shot|hit|struck)\s+(?:\w+\s+)?$/i.test(before))
    return { measure: 'count', thing: 'bullet', factor: 1 };
  // A whole number written with ".0" that measures nothing is a version ("USB ports which will support both 3.0 and 2.0").
  if (/^\d+\.0$/.test(q.text)) return { measure: 'designation', thing: null, factor: 1 };
  const said = countedBefore(before, after);
  if (said) return { measure: 'count', thing: said, factor: 1 };
  const noun = SAME_THINGS.get(singular(unit)) ?? singular(unit);
  return { measure: 'count', thing: noun === '' ? null : PEOPLE.has(noun) ? 'people' : noun, factor: 1 };
}

/**
 * What a count counts where the words around it say so more surely than a noun further on: "estimated the crowd at
 * 70", "the 200 person crowd" (people); "raise the number of seats from 65 to 125" (seats).
 */
function countedBefore(before: string, after: string): string | null {
  if (/\bcrowds?\s+(?:at|of)\s+(?:about\s+|some\s+|around\s+|roughly\s+|an estimated\s+)?$/i.test(before)) return 'people';
  if (/^[\s-]*(?:person|people|strong)\s+crowd\b/i.test(after)) return 'people';
  const counted = /\bnumber of (\p{L}+)\s+(?:(?:from|to|at)\s+(?:[\d,.]+\s+to\s+)?)?$/iu.exec(before)?.[1];
  return counted ? (PEOPLE.has(singular(counted.toLowerCase())) ? 'people' : singular(counted.toLowerCase())) : null;
}

/** "43-year-old", "Hiller, 43,", "a 15-year-old": an age. */
function isAge(q: Quantity, before: string, after: string): boolean {
  if (/-year[- ]old$/i.test(q.text) || /^[- ]year[- ]old\b/i.test(after) || /^\s+years?\s+old\b/i.test(after)) return true;
  if (/-year$/i.test(q.text) && /^[- ]old\b/i.test(after)) return true;
  // "who will turn 29 in April", "will be 29".
  if (/\b(?:turns?|turned|turning|will be)\s+$/i.test(before) && (q.value ?? 0) < 120 && !/^\s+\p{L}+s\b/u.test(after))
    return true;
  return /[A-Z][\p{L}.]+,\s*$/u.test(before) && /^\s*[,;)]/.test(after) && (q.value ?? 0) < 120;
}

/** The currency of a sum: the extractor's code, else a currency word right after the figure ("200 million euros"). */
function currencyOf(q: Quantity, after: string): string {
  if (/^\s*euros?\b/i.test(after)) return 'EUR';
  return q.currency ?? 'USD';
}

/** An exact figure covers what rounds to it: "$22 billion" for $22.1bn, "4.4" not 4.6, "200" for 190 to 210. */
function roundingOf(v: number): [number, number] {
  if (v === 0) return [0, 0];
  const digits = String(Math.abs(v)).replace('.', '').replace(/^0+/, '');
  const decimals = String(v).split('.')[1]?.length ?? 0;
  const zeros = decimals > 0 ? 0 : (/0+$/.exec(digits)?.[0].length ?? 0);
  // Trailing zeros round ("200 people"), but never by more than 5% either way: "10 percent" is not 7.2.
  const half = decimals > 0 ? 10 ** -decimals / 2 : Math.max(Math.min(10 ** zeros / 2, Math.abs(v) * 0.05), 0.5);
  return [v - half, v + half];
}

/** The values a figure allows, given its qualifier; null when it gives none ("several"). */
function rangeOf(q: Quantity): [number, number] | null {
  if (q.value !== null) {
    const v = q.value;
    switch (q.approx) {
      case 'exact':
        return roundingOf(v);
      case 'approx':
        return [v * (1 - APPROX), v * (1 + APPROX)];
      case 'min':
        return [v, v * BOUND];
      case 'max':
        return [v / BOUND, v];
      case 'vague':
        return [v, v * 10];
    }
  }
  if (q.low !== null && q.high !== null) return [q.low, q.high];
  return null;
}
