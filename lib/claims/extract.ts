import { findAttributions } from './attributions';
import { findQuantities } from './quantities';
import { sentences } from './segment';
import type { Claim, Explain, Extraction } from './types';

/**
 * Finds the numeric and attributed claims in article text (see GUIDELINE.md). Offsets are UTF-16 indices into `text`.
 * `explain`, when given, hears every rule that fired (`extract --explain`).
 */
export function extractClaims(text: string, explain?: Explain): Extraction {
  const sents = sentences(text);
  const quantities = findQuantities(text, sents, explain);
  const attributions = findAttributions(text, sents, explain);
  const claims: Claim[] = [];
  const bySentence = new Map<number, Claim>();
  const claimOf = (index: number): Claim => {
    let claim = bySentence.get(index);
    if (!claim) {
      const s = sents[index] as (typeof sents)[number];
      claim = { text: text.slice(s.start, s.end), start: s.start, end: s.end, quantities: [], attributions: [] };
      bySentence.set(index, claim);
      claims.push(claim);
    }
    return claim;
  };
  // Each item object is shared by the flat lists and its claim.
  const outQuantities = quantities.map((f) => {
    claimOf(f.sentence).quantities.push(f.quantity);
    return f.quantity;
  });
  const outAttributions = attributions.map((f) => {
    claimOf(f.sentence).attributions.push(f.attribution);
    return f.attribution;
  });
  claims.sort((a, b) => a.start - b.start);
  return { quantities: outQuantities, attributions: outAttributions, claims };
}
