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
  let last = CUT.get(text);
  if (last === undefined) {
    const from = Math.max(0, text.length - WINDOW);
    const span = sentences(text.slice(from)).at(-1);
    last = span ? text.slice(from + span.start, from + span.end) : '';
    if (CUT.size >= CUTS_KEPT) CUT.clear();
    CUT.set(text, last);
  }
  return last;
}

// The texts last cut, with their last sentence: the background cuts each passage's text before twice when it first
// meets a page (for its story and for the state-owner rules), and a page's passages again on every load until they
// are kept. A few pages' passages.
const CUTS_KEPT = 1000;
const CUT = new Map<string, string>();
