import { sentences } from '../claims/segment';

// How much of the end of a text is split: a sentence before a claim is rarely longer, and the cost stays bounded.
const WINDOW = 600;

/**
 * The last sentence of a text by the extractor's splitter (issue 17: one splitter): what a claim's saved or sent
 * "sentence before" means wherever it is read. The content script cuts that text with a cheaper rule (context.ts:
 * the segmenter would take it over its size budget); cut again here, "12/16/08 1:30 AM EST" is the sentence before
 * "Though the Red Sox …", not the headline and dateline above it, which no stop ends.
 */
export function lastSentence(text: string): string {
  const from = Math.max(0, text.length - WINDOW);
  const last = sentences(text.slice(from)).at(-1);
  return last ? text.slice(from + last.start, from + last.end) : '';
}
