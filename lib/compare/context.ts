import type { Quantity } from '../claims/types';
import type { Passage } from './subject';

// How much text before a claim is kept: the sentence before it lies within.
const BEFORE = 600;

/**
 * The sentence that ends where `start` begins (at most 600 characters back), as the content script cuts it to
 * save with a claim (the `context` of an annotation): where a figure's left-out noun is read from:
 * "the number could be as high as 12,000" counts the troops of the sentence before.
 * The cut is a bound: the comparison reads its last sentence by the extractor's splitter (lastSentence in
 * last-sentence.ts), which this module does not import so that the content script stays within its size budget.
 * Where this cut ends a sentence the extractor does not ("John W. Henry.", "J.D. Drew."), the bound is too short.
 */
export function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - BEFORE), start);
  const parts = window.split(/(?<=[.!?]["”’)]?)\s+/).filter((p) => p.trim() !== '');
  return parts.at(-1)?.trim() ?? '';
}

/**
 * The passages of a text's claims, each with the text before it (up to 600 characters, not split): the comparison
 * reads the sentence before from it with the extractor's splitter (lastSentence), so that the content script, which
 * builds passages, needs no splitter. (Here, not in subject.ts, so that the content script builds them without the
 * comparison's lexicons.)
 */
export function passagesOf(text: string, claims: Array<{ text: string; start: number; quantities: Quantity[] }>): Passage[] {
  return claims.map((c) => ({
    text: c.text,
    start: c.start,
    quantities: c.quantities,
    before: text.slice(Math.max(0, c.start - BEFORE), c.start),
  }));
}
