import type { Quantity } from '../claims/types';
import type { Passage } from './subject';

// How much text before a claim is kept: the sentence before it lies within.
const BEFORE = 600;

/**
 * The text before a claim (at most 600 characters), as a page sends it with a claim to save or to compare: the
 * sentence before lies within, and the background reads it with the extractor's splitter (lastSentence in
 * last-sentence.ts; issue 17, one splitter), which this module does not import so that the content script stays
 * within its size budget. "the number could be as high as 12,000" counts the troops of the sentence before.
 */
export function textBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - BEFORE), start);
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
    before: textBefore(text, c.start),
  }));
}
