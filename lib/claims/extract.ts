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
  // Each item once, without its sentence index, shared by the flat lists and its claim.
  const outQuantities = quantities.map((q) => {
    const out = quantity(q);
    claimOf(q.sentence).quantities.push(out);
    return out;
  });
  const outAttributions = attributions.map((a) => {
    const out = attribution(a);
    claimOf(a.sentence).attributions.push(out);
    return out;
  });
  claims.sort((a, b) => a.start - b.start);
  return { quantities: outQuantities, attributions: outAttributions, claims };
}

// Written out field by field: a rest spread ({ sentence, ...rest }) copies far slower, and it ran for every item.
const quantity = (q: Quantity): Quantity => ({
  text: q.text,
  start: q.start,
  end: q.end,
  value: q.value,
  low: q.low,
  high: q.high,
  approx: q.approx,
  kind: q.kind,
  unit: q.unit,
  currency: q.currency,
});

const attribution = (a: Attribution): Attribution => ({
  speaker: a.speaker,
  speakerText: a.speakerText,
  role: a.role,
  cue: a.cue,
  type: a.type,
  content: a.content,
  contentStart: a.contentStart,
  contentEnd: a.contentEnd,
  cueStart: a.cueStart,
  cueEnd: a.cueEnd,
});
