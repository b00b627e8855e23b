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
  saved: { pageId: string; text: string; quantity: Quantity; page: { title: string } },
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

// A page's figure is compared with several saved ones: it is read once per page (per story object).
const PAGE_READINGS = new WeakMap<Story, Map<Quantity, Reading | null>>();

function pageReading(page: { id: string; story: Story }, passage: Passage, q: Quantity): Reading | null {
  let readings = PAGE_READINGS.get(page.story);
  if (!readings) PAGE_READINGS.set(page.story, (readings = new Map()));
  if (!readings.has(q)) readings.set(q, readInPassage(page.id, passage, q, page.story));
  return readings.get(q) ?? null;
}

function readInPassage(id: string, passage: Passage, q: Quantity, story: Story): Reading | null {
  const start = q.start - passage.start;
  if (start < 0 || start > passage.text.length) return null;
  return readFigure(id, passage.text, moved(q, start), story);
}

// Saved figures stay in memory between pages (NewestFigures keeps them until the figures change): each is read once.
const SAVED_READINGS = new WeakMap<Quantity, Reading | null>();

function savedReading(saved: { pageId: string; text: string; quantity: Quantity; page: { title: string } }): Reading | null {
  if (!SAVED_READINGS.has(saved.quantity)) {
    const own = savedStory(`${saved.page.title}\n\n${saved.text}`);
    SAVED_READINGS.set(saved.quantity, readInSentence(saved.pageId, saved.text, saved.quantity, own));
  }
  return SAVED_READINGS.get(saved.quantity) ?? null;
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
export function readingKey(reading: Reading | null): string | null {
  if (!reading || reading.measure === 'designation') return null;
  if (reading.measure === 'count' && !reading.thing) return null;
  // Sums in two currencies sit side by side: one key for money, the currency is compared in the reading.
  const measure = reading.measure.startsWith('money:') ? 'money' : reading.measure;
  return `~${measure}|${reading.thing ?? ''}|`;
}

/** A saved figure's reading, from its sentence and its page's title (kept while the quantity object lives). */
export function readSaved(saved: { pageId: string; text: string; quantity: Quantity; page: { title: string } }): Reading | null {
  return savedReading(saved);
}

/** A page's figure's reading in its passage, read once per page story. */
export function readOnPage(page: { id: string; story: Story }, passage: Passage, quantity: Quantity): Reading | null {
  return pageReading(page, passage, quantity);
}
