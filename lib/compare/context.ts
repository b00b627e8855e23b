import type { Quantity } from '../claims/types';
import type { Passage } from './subject';

/**
 * The sentence that ends where `start` begins (at most 600 characters back).
 * Saved with a claim, it is where a figure's left-out noun is read from:
 * "the number could be as high as 12,000" counts the troops of the sentence before.
 */
export function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 600), start);
  const parts = window.split(/(?<=[.!?]["”’)]?)\s+/).filter((p) => p.trim() !== '');
  return parts.at(-1)?.trim() ?? '';
}

/** The passages of a text's claims, each with the sentence before it. (Here, not in subject.ts, so that the content script builds them without the comparison's lexicons.) */
export function passagesOf(text: string, claims: Array<{ text: string; start: number; quantities: Quantity[] }>): Passage[] {
  return claims.map((c) => ({ text: c.text, start: c.start, quantities: c.quantities, before: sentenceBefore(text, c.start) }));
}
