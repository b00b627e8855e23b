import { findAttributions } from './attributions';
import { findQuantities } from './quantities';
import { sentences } from './segment';
import type { Attribution, Claim, Extraction, Quantity } from './types';

/** Finds the numeric and attributed claims in article text (see GUIDELINE.md). Offsets are UTF-16 indices into `text`. */
export function extractClaims(text: string): Extraction {
  const sents = sentences(text);
  const quantities = findQuantities(text, sents);
  const attributions = findAttributions(text, sents);
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
  const strip = <T extends { sentence: number }>({ sentence: _sentence, ...rest }: T) => rest;
  for (const q of quantities) claimOf(q.sentence).quantities.push(strip(q) as Quantity);
  for (const a of attributions) claimOf(a.sentence).attributions.push(strip(a) as Attribution);
  claims.sort((a, b) => a.start - b.start);
  return {
    quantities: quantities.map((q) => strip(q) as Quantity),
    attributions: attributions.map((a) => strip(a) as Attribution),
    claims,
  };
}
