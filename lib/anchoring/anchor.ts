import search from 'approx-string-match';
import { figureChanges, figures, maskFigures, type FigureChange } from './figures';
import { fold, foldedIndex, type Folded } from './fold';
import { endAgreement, startAgreement, textSimilarity } from './similarity';

/** A saved passage, folded (see fold.ts) as the text it is looked for in. */
export interface Saved {
  exact: string;
  prefix: string;
  suffix: string;
  /** Folded offset of the stored position, if any: a tie-breaker only. */
  hint: number | null;
}

/** A place in the folded text, with how well it matches the saved passage. */
export interface Candidate {
  start: number;
  end: number;
  /** Similarity of the text, figures left out; and of the saved context on each side (null: none was saved). */
  quote: number;
  prefix: number | null;
  suffix: number | null;
  changes: FigureChange[];
}

/**
 * Thresholds, each the reason for a refusal. A side of context agrees when
 * three quarters of it is still there (one changed word of 32 characters
 * passes); an edited passage must keep three quarters of its text; and a
 * passage shorter than SHORT (a figure, a name) occurs too often to be found
 * by its text alone.
 */
export const RULES = {
  CONTEXT_AGREES: 0.75,
  /** A short or updated passage needs one side nearly as it was (three characters of 32 changed at most). */
  CONTEXT_INTACT: 0.9,
  QUOTE_KEEPS: 0.75,
  /** An updated passage differs in figures, and may be reworded a little besides: it keeps more of its words. */
  UPDATED_KEEPS: 0.85,
  /** A passage this long that occurs once is its own context. */
  OWN_CONTEXT: 40,
  /** Fuzzy search for the passage itself, which costs most, is for passages this long only. */
  FUZZY_MIN: 20,
};

// Weights of a candidate's score, after Hypothesis's match-quote; position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** Context slices are read a little wider than the saved context, to allow insertions. */
const SLACK = 8;
/** Fragment of context searched for exactly when the whole context is not found (an edit at its far end). */
const FRAGMENT = 12;
/** More places than this for one piece of context say nothing about where the passage is. */
const MAX_HITS = 50;

let cache: { text: string; folded: Folded } | null = null;
/** The page's text folded once for all its annotations. */
export function foldedText(text: string): Folded {
  if (cache === null || cache.text !== text) cache = { text, folded: fold(text) };
  return cache.folded;
}

function exactHits(text: string, pattern: string, limit = MAX_HITS): number[] {
  const hits: number[] = [];
  if (pattern.length === 0) return hits;
  for (let i = text.indexOf(pattern); i >= 0 && hits.length <= limit; i = text.indexOf(pattern, i + 1)) hits.push(i);
  return hits.length > limit ? [] : hits;
}

/** Approximate places of a piece of context, when it is not found as it was (approximate search costs more). */
function approxHits(text: string, context: string): Array<{ start: number; end: number }> {
  const hits = search(text, context, Math.floor(context.length * (1 - RULES.CONTEXT_AGREES)));
  return hits.length <= MAX_HITS ? hits : [];
}

/** Where the saved prefix ends in the text: exactly, by its last words, or approximately. */
function prefixEnds(text: string, prefix: string): number[] {
  // No prefix, or white space only: the passage may open the text.
  if (prefix.trim().length === 0) return [text.length - text.trimStart().length];
  const tail = prefix.slice(-FRAGMENT);
  const exact = exactHits(text, prefix).map((i) => i + prefix.length);
  const approx = exact.length > 0 ? [] : approxHits(text, prefix).map((m) => m.end);
  return [...exact, ...exactHits(text, tail).map((i) => i + tail.length), ...approx];
}

/** Where the saved suffix starts in the text. */
function suffixStarts(text: string, suffix: string): number[] {
  if (suffix.trim().length === 0) return [text.trimEnd().length];
  const exact = exactHits(text, suffix);
  const approx = exact.length > 0 ? [] : approxHits(text, suffix).map((m) => m.start);
  return [...exact, ...exactHits(text, suffix.slice(0, FRAGMENT)), ...approx];
}

/** Places the passage may be: its exact copies, and what lies between its found context. */
function places(text: string, saved: Saved): Array<[number, number]> {
  const length = saved.exact.length;
  const out: Array<[number, number]> = exactHits(text, saved.exact, 1000).map((i) => [i, i + length]);
  const starts = [...new Set(prefixEnds(text, saved.prefix))];
  const ends = [...new Set(suffixStarts(text, saved.suffix))];
  // An edited passage is between a third shorter and half longer than the saved one.
  const longest = Math.ceil(length * 1.5) + 16;
  const fits = (s: number, e: number) => e - s >= length * 0.66 - 2 && e - s <= longest;
  for (const s of starts) {
    for (const e of ends) if (fits(s, e)) out.push([s, e]);
    // Where the other side's context is gone, the passage's own end is looked for after its start
    // (by its length too: an updated figure is too unlike the saved one to be found by its characters).
    out.push([s, s + length]);
    for (const m of nearMatches(text.slice(s, s + longest), saved.exact)) out.push([s, s + m.end]);
  }
  for (const e of ends) {
    out.push([e - length, e]);
    const from = Math.max(0, e - longest);
    for (const m of nearMatches(text.slice(from, e), saved.exact)) out.push([from + m.start, e]);
  }
  return out;
}

/** A passage longer than this is placed by its context's edges alone: searching it in a window costs its length squared. */
const WINDOW_SEARCH_MAX = 2000;

/** Approximate matches of the passage in a window next to its context. */
function nearMatches(window: string, exact: string): Array<{ start: number; end: number }> {
  if (exact.length > WINDOW_SEARCH_MAX)
    return [{ start: Math.max(0, window.length - exact.length), end: Math.min(window.length, exact.length) }];
  return search(window, exact, Math.floor(exact.length * (1 - RULES.QUOTE_KEEPS)));
}

/** Fuzzy copies of a long passage, for when its context changed on both sides. */
function fuzzyPlaces(text: string, saved: Saved): Array<[number, number]> {
  const length = saved.exact.length;
  if (length < RULES.FUZZY_MIN) return [];
  return search(text, saved.exact, Math.min(256, Math.floor(length * (1 - RULES.QUOTE_KEEPS)))).map((m) => [m.start, m.end]);
}

const isWordChar = (text: string, i: number) => {
  const c = text[i] ?? '';
  if (/[\p{L}\p{N}]/u.test(c)) return true;
  // "3,000" and "2.7" are one word.
  return /[.,]/.test(c) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
};

/**
 * Trims white space and, where the saved passage began and ended at word
 * boundaries, widens the place to whole words: a match that starts inside a
 * word ("0,000" in "10,000") is read as the whole word.
 */
function snap(text: string, saved: Saved, start: number, end: number): [number, number] | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  // White space at an edge stays only where the saved passage had it too.
  if (!saved.exact.startsWith(' ')) while (s < e && text[s] === ' ') s++;
  if (!saved.exact.endsWith(' ')) while (e > s && text[e - 1] === ' ') e--;
  // The saved passage may itself begin or end inside a word ("5" of "M7.5"): then its edges stay.
  const before = saved.prefix + saved.exact;
  const startsWord = !(isWordChar(before, saved.prefix.length - 1) && isWordChar(before, saved.prefix.length));
  const after = saved.exact + saved.suffix;
  const endsWord = !(isWordChar(after, saved.exact.length - 1) && isWordChar(after, saved.exact.length));
  if (startsWord) while (s > 0 && isWordChar(text, s - 1) && isWordChar(text, s)) s--;
  if (endsWord) while (e < text.length && isWordChar(text, e - 1) && isWordChar(text, e)) e++;
  return e > s ? [s, e] : null;
}

function measure(text: string, saved: Saved, start: number, end: number): Candidate {
  const found = text.slice(start, end);
  // Context of white space only says no more than that the passage stood between spaces or at an edge.
  const atStart = start === 0 || text[start - 1] === ' ';
  const atEnd = end === text.length || text[end] === ' ';
  const before = text.slice(Math.max(0, start - saved.prefix.length - SLACK), start);
  const after = text.slice(end, end + saved.suffix.length + SLACK);
  const agreement = (context: string, blank: boolean, agrees: () => number) =>
    context === '' ? null : context.trim() === '' ? Number(blank) : agrees();
  return {
    start,
    end,
    quote: found === saved.exact ? 1 : textSimilarity(maskFigures(saved.exact), maskFigures(found)),
    prefix: agreement(saved.prefix, atStart, () =>
      sameFigures(saved.prefix, before, 'end') ? endAgreement(saved.prefix, before) : 0,
    ),
    suffix: agreement(saved.suffix, atEnd, () =>
      sameFigures(saved.suffix, after, 'start') ? startAgreement(saved.suffix, after) : 0,
    ),
    changes: figureChanges(saved.exact, found),
  };
}

/**
 * Whether the figures of the saved context are those of the candidate's: "had
 * a depth of" after "9:30 a.m." is not the same context as after "7:30 a.m.".
 * Only whole words are compared (a context's far edge may cut one), on the
 * side next to the passage.
 */
function sameFigures(saved: string, actual: string, side: 'start' | 'end'): boolean {
  const whole = (s: string) => (side === 'end' ? s.replace(/^\S*\s?/, '') : s.replace(/\s?\S*$/, ''));
  const inSaved = figures(whole(saved));
  const near = side === 'end' ? actual.slice(-saved.length) : actual.slice(0, saved.length);
  const inActual = figures(whole(near));
  const [shorter, longer] = inSaved.length <= inActual.length ? [inSaved, inActual] : [inActual, inSaved];
  // An insertion or deletion nearby may push one figure out of the window: compare those next to the passage.
  const nearest = side === 'end' ? longer.slice(longer.length - shorter.length) : longer.slice(0, shorter.length);
  return shorter.every((f, i) => f.toLowerCase() === nearest[i]?.toLowerCase());
}

/**
 * Whether a candidate may be the saved passage. Every candidate needs one side
 * of context that still agrees, except a long passage found verbatim once (it
 * is its own context). A short passage (a figure, a name) or one whose figures
 * changed says little by itself, so one side of its context must be nearly
 * intact and both together three quarters there: "10,000" of a deleted
 * sentence is not the "about 10,000" of the next paragraph that ends the same
 * way. A side with no saved context (the passage touched the edge of the text,
 * or the selector came without one) neither agrees nor disagrees.
 */
export function acceptable(c: Candidate, saved: Saved, copies: number): boolean {
  if (c.quote < RULES.QUOTE_KEEPS) return false;
  const sides = [c.prefix, c.suffix].filter((side) => side !== null);
  const agrees = sides.some((side) => side >= RULES.CONTEXT_AGREES);
  const wholeContextAgrees =
    sides.some((side) => side >= RULES.CONTEXT_INTACT) &&
    sides.reduce((sum, side) => sum + side, 0) >= sides.length * RULES.CONTEXT_AGREES;
  if (c.changes.length > 0) return c.quote >= RULES.UPDATED_KEEPS && wholeContextAgrees;
  if (saved.exact.trim().length < RULES.OWN_CONTEXT) return wholeContextAgrees;
  return agrees || (c.quote === 1 && copies === 1);
}

function score(c: Candidate, saved: Saved, length: number): number {
  const position = saved.hint === null ? 0 : 1 - Math.min(1, Math.abs(c.start - saved.hint) / Math.max(1, length));
  // A side without saved context counts as agreeing for every candidate alike.
  return QUOTE_WEIGHT * c.quote + PREFIX_WEIGHT * (c.prefix ?? 1) + SUFFIX_WEIGHT * (c.suffix ?? 1) + POSITION_WEIGHT * position;
}

/** The best acceptable candidate in a folded text, or null when none is, or two are equally good. */
export function bestCandidate(text: string, saved: Saved): Candidate | null {
  const found = bestOf(text, saved, places(text, saved));
  return found === undefined ? (bestOf(text, saved, fuzzyPlaces(text, saved)) ?? null) : found;
}

/** The best acceptable candidate among places: null when two are equally good, undefined when none is acceptable. */
function bestOf(text: string, saved: Saved, where: Array<[number, number]>): Candidate | null | undefined {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const [start, end] of where) {
    const snapped = snap(text, saved, start, end);
    if (!snapped || seen.has(snapped.join())) continue;
    seen.add(snapped.join());
    candidates.push(measure(text, saved, ...snapped));
  }
  const copies = exactHits(text, saved.exact, 2).length;
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  let tie = false;
  for (const c of candidates) {
    if (!acceptable(c, saved, copies)) continue;
    const s = score(c, saved, text.length);
    if (s > bestScore + 1e-9) {
      [best, bestScore, tie] = [c, s, false];
    } else if (s > bestScore - 1e-9 && best && (c.start >= best.end || c.end <= best.start)) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** Folds the saved selectors like the text, and maps a found place back to the original text. */
export function findInText(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  hint: number | null,
): (Candidate & { folded: Folded }) | null {
  const folded = foldedText(text);
  const saved: Saved = {
    exact: fold(quote.exact).text,
    prefix: fold(quote.prefix).text,
    suffix: fold(quote.suffix).text,
    hint: hint === null ? null : foldedIndex(folded, hint),
  };
  if (saved.exact.trim().length === 0) return null;
  const best = bestCandidate(folded.text, saved);
  return best && { ...best, folded };
}
