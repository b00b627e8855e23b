import search from 'approx-string-match';

/** W3C Web Annotation selectors, as stored with each annotation. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** How much context is kept on each side of a quote. */
const CONTEXT = 32;

/** Describes the span [start, end) of a text by its quote (with context) and its position. */
export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

// Weights of a candidate's score, after Hypothesis's match-quote: the quote matters most.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
// A fuzzy match must keep at least this share of the quote; a wrong highlight is worse than none.
const MIN_QUOTE_SIMILARITY = 0.75;

/**
 * Finds a described span again in a text that may have changed: the stored
 * position if the text there is still the quote, else the quote itself (its
 * context deciding between copies), else the closest approximate match. Returns
 * null rather than guess when no match is good enough or two are equally good.
 */
export function anchorSpan(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): TextSpan | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end };

  const hint = position?.start ?? 0;
  const exactHits: TextSpan[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) exactHits.push({ start: i, end: i + exact.length });
  if (exactHits.length === 1) return exactHits[0] as TextSpan;

  const candidates =
    exactHits.length > 0
      ? exactHits.map((span) => ({ ...span, errors: 0 }))
      : search(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  let best: TextSpan | null = null;
  let bestScore = -Infinity;
  let tie = false;
  for (const c of candidates) {
    const quoteSimilarity = 1 - c.errors / exact.length;
    if (quoteSimilarity < MIN_QUOTE_SIMILARITY) continue;
    const score =
      QUOTE_WEIGHT * quoteSimilarity +
      PREFIX_WEIGHT * similarity(quote.prefix, text.slice(Math.max(0, c.start - quote.prefix.length), c.start)) +
      SUFFIX_WEIGHT * similarity(quote.suffix, text.slice(c.end, c.end + quote.suffix.length)) +
      (position ? POSITION_WEIGHT * (1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length))) : 0);
    if (score > bestScore + 1e-9) {
      best = { start: c.start, end: c.end };
      bestScore = score;
      tie = false;
    } else if (Math.abs(score - bestScore) <= 1e-9) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** How well the context next to a candidate matches the stored context: 1 − edit distance / length. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}
