import * as v from 'valibot';
import { StoredReadingSchema } from '../schemas';
import { lastSentence } from './last-sentence';
import type { Quantity } from '../claims/types';
import { type Match, matchReadings } from './match';
import { type Reading, readFigure } from './reading';
import { readStory, type Story } from './story';
import type { Passage } from './subject';

/**
 * The readings comparison for the background: a page's figure against a saved one, when the state-owner rules
 * can only call them related (no owner on one side). The page is known whole; a saved figure only by its
 * sentence and its page's title, so it is taken for the page's story when those name one of the page's names, or
 * when the two sentences share twice the evidence an agreeing pair needs.
 */
export function matchSaved(
  page: { id: string; story: Story },
  passage: Passage,
  quantity: Quantity,
  saved: SavedSide,
): Match | null {
  const mine = pageReading(page, passage, quantity);
  const theirs = savedReading(saved);
  if (!mine || !theirs) return null;
  const match = matchReadings(mine, theirs);
  if (match.verdict === 'none') return null;
  // Without a name of the page's story, the sentences themselves must share twice the evidence.
  const named = sharesStory(page.story, `${saved.page.title}\n\n${saved.text}`);
  return named || match.support >= UNNAMED_SUPPORT ? match : null;
}

/**
 * The story of a page read from its claims' sentences (what the background is given), kept for the last pages
 * asked about: a page is compared again on every load and re-render, and its figures' readings hang on its story.
 */
export function storyOfPassages(pageId: string, passages: Passage[], publishedAt: string | null): Story {
  const key = `${pageId}\u0000${passages.length}\u0000${passages.at(-1)?.start ?? 0}`;
  let story = STORIES.get(key);
  if (!story) {
    const around = passages.map((p) => lastSentence(p.before)).join('\n\n');
    story = readStory(passages.map((p) => p.text).join('\n\n'), publishedAt, around);
    if (STORIES.size >= STORIES_KEPT) STORIES.delete(STORIES.keys().next().value as string);
    STORIES.set(key, story);
  }
  return story;
}

// Pages whose story is kept: the tabs a reader goes through.
const STORIES_KEPT = 20;
const STORIES = new Map<string, Story>();

// Names of the page's story a saved sentence and its title must name to be of that story. One: the background sees
// the page only through its claims' sentences, where a story's places and people recur less than in its full text;
// the readings must then agree on the thing and the words beside the figure as well.
const SHARED_NAMES = 1;
const UNNAMED_SUPPORT = 4;

function sharesStory(story: Story, text: string): boolean {
  // A title capitalises every word: any capitalised word counts here, the page's own names being the filter.
  const words = new Set((text.match(/\b[A-Z][\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/, '').toLowerCase()));
  return [...words].filter((w) => w in story.names).length >= SHARED_NAMES;
}

// A page's figure is compared with several saved ones, and the page again on every load and re-render: it is read
// once while its story is kept. Each request brings its passages as new objects, so a figure is known by what it
// says (its passage's text and offset and the quantity's fields), not by the object: kept by object, a page's
// figures were read anew on every load (with 100,000 saved, most of the background's time).
const PAGE_READINGS = new WeakMap<Story, Map<string, Reading | null>>();

function pageReading(page: { id: string; story: Story }, passage: Passage, q: Quantity): Reading | null {
  let readings = PAGE_READINGS.get(page.story);
  if (!readings) PAGE_READINGS.set(page.story, (readings = new Map()));
  const key = `${passage.start}\u0000${passage.text}\u0000${JSON.stringify(q)}`;
  let reading = readings.get(key);
  if (reading === undefined) readings.set(key, (reading = readInPassage(page.id, passage, q, page.story)));
  return reading;
}

function readInPassage(id: string, passage: Passage, q: Quantity, story: Story): Reading | null {
  const start = q.start - passage.start;
  if (start < 0 || start > passage.text.length) return null;
  return readFigure(id, passage.text, moved(q, start), story);
}

/** A saved figure, as the comparison knows it: its sentence, its page's title, and what was read of it when saved. */
export interface SavedSide {
  pageId: string;
  text: string;
  quantity: Quantity;
  page: { title: string };
  read?: unknown;
}

/**
 * What the comparison reads of a saved figure, kept with it in the figures table (`SavedFigure.read`): its reading
 * less what the figure record holds already (its page, its quantity) and its sentence as a span of the saved text.
 * Read when the figure is saved (and by the upgrade to version 6 for figures saved before), so that comparing reads
 * no saved sentence again (with 100,000 saved, a background that had just started read each candidate's).
 */
export type StoredReading = Omit<Reading, 'article' | 'quantity' | 'sentence' | 'storyNames' | 'source' | 'subject'> & {
  /** READING_RULES when it was read: a reading of other rules is read again from the sentence. */
  rules: number;
  /** Where its sentence lies in the saved text. */
  sentence: [number, number];
};

/**
 * The version of the rules a stored reading was read with. Change it with any change to what `readFigure` reads (the
 * test "stored readings are of these rules" in tests/unit/compare-store.test.ts fails until then), and add a database
 * version whose upgrade refills the readings (database.ts, version 6): until then, readings of the old rules are
 * read again from their sentences at compare time, as before version 6.
 */
export const READING_RULES = 1;

/** A saved figure's reading from its sentence and its page's title, to be stored with it (null where it has none). */
export function storedReading(saved: SavedSide): StoredReading | null {
  const reading = readSavedSentence(saved);
  if (!reading) return null;
  const { article: _a, quantity: _q, sentence, storyNames: _n, source: _s, subject: _b, ...rest } = reading;
  const at = Math.max(0, saved.text.indexOf(sentence));
  return { ...rest, rules: READING_RULES, sentence: [at, at + sentence.length] };
}

/** The reading a stored one stands for: the same fields, its page and quantity from the figure. */
function fromStored(stored: StoredReading, saved: SavedSide): Reading {
  const {
    rules: _r,
    sentence: [from, to],
    ...rest
  } = stored;
  return { ...rest, article: saved.pageId, quantity: saved.quantity, sentence: saved.text.slice(from, to) };
}

const isStored = (read: unknown): read is StoredReading => v.is(StoredReadingSchema, read) && read.rules === READING_RULES;

// Saved figures stay in memory between pages (NewestFigures keeps them until the figures change): each is taken once.
const SAVED_READINGS = new WeakMap<Quantity, Reading | null>();

/** A saved figure's reading: the one stored with it, where it passes the schema and is of these rules, else read again. */
function savedReading(saved: SavedSide): Reading | null {
  let reading = SAVED_READINGS.get(saved.quantity);
  if (reading === undefined) {
    reading = isStored(saved.read) ? fromStored(saved.read, saved) : readSavedSentence(saved);
    SAVED_READINGS.set(saved.quantity, reading);
  }
  return reading;
}

/** A saved figure read in its sentence, with its own story (its page's title and its text). */
function readSavedSentence(saved: SavedSide): Reading | null {
  const own = savedStory(`${saved.page.title}\n\n${saved.text}`);
  const reading = readInSentence(saved.pageId, saved.text, saved.quantity, own);
  // Its quantity as saved (the page's offsets), whether read now or taken as stored: the comparison reads no offset.
  return reading && { ...reading, quantity: saved.quantity };
}

/** The quantity at `start` of another text, its counted noun's offsets moved with it (dropped when unknown). */
function moved(q: Quantity, start: number): Quantity {
  const by = start - q.start;
  const { unitStart, unitEnd, ...rest } = q;
  const unit = unitStart !== undefined && unitEnd !== undefined ? { unitStart: unitStart + by, unitEnd: unitEnd + by } : {};
  return { ...rest, ...unit, start, end: start + q.text.length };
}

// The figures of one saved claim share its story: the last one read is kept.
let lastStory: { text: string; story: Story } | null = null;

function savedStory(text: string): Story {
  if (lastStory?.text !== text) lastStory = { text, story: readStory(text) };
  return lastStory.story;
}

// How much of a saved sentence either side of its figure is read: more than any clause, and bounded, so that a
// claim of any length (an import may carry 100,000 characters) is read in constant time per figure.
const SENTENCE_WINDOW = 400;

/** A saved figure read in its sentence: its offsets are the page's, so it is found again by its text. */
function readInSentence(id: string, sentence: string, q: Quantity, story: Story): Reading | null {
  const at = sentence.indexOf(q.text);
  if (at < 0) return null;
  const from = Math.max(0, at - SENTENCE_WINDOW);
  const window = sentence.slice(from, at + q.text.length + SENTENCE_WINDOW);
  const start = at - from;
  // (A saved claim is most often one sentence of the extractor's: a window with no stop or line break inside is its
  // sentence, not split again for every saved figure a page is compared with; with 100,000 saved, splitting each
  // took the background's comparing from p50 11.7 to 17.7 ms. A saved selection may hold several: those are split.)
  const whole = !/[.!?]["”’)]?\s|\n/.test(window.trimEnd()) ? ([0, window.length] as [number, number]) : undefined;
  return readFigure(id, window, moved(q, start), story, whole);
}

/**
 * The index key of a figure that counts no state-owned thing, from its reading: "~money:USD||", "~length|depth|",
 * "~count|people|". Figures with other keys never compare; designations and figures nothing was read for get none.
 */
export function readingKey(reading: Pick<Reading, 'measure' | 'thing'> | null): string | null {
  if (!reading || reading.measure === 'designation') return null;
  if (reading.measure === 'count' && !reading.thing) return null;
  // Sums in two currencies sit side by side: one key for money, the currency is compared in the reading.
  const measure = reading.measure.startsWith('money:') ? 'money' : reading.measure;
  return `~${measure}|${reading.thing ?? ''}|`;
}

/** A saved figure's reading: the stored one where it is valid, else from its sentence and its page's title. */
export function readSaved(saved: SavedSide): Reading | null {
  return savedReading(saved);
}

/** A page's figure's reading in its passage, read once per page story. */
export function readOnPage(page: { id: string; story: Story }, passage: Passage, quantity: Quantity): Reading | null {
  return pageReading(page, passage, quantity);
}
