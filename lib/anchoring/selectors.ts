import { findInText } from './anchor';
import type { FigureChange } from './figures';

export type { FigureChange } from './figures';

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

/**
 * How a saved passage was found: as saved, with its words edited (rewording,
 * quotes or spaces normalised), or with its figures updated (then `changes`
 * says old → new).
 */
export type AnchorStatus = 'unchanged' | 'edited' | 'updated';

export interface AnchoredSpan extends TextSpan {
  status: AnchorStatus;
  changes: FigureChange[];
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

/**
 * Finds a described span again in a text that may have changed since (see
 * docs/anchoring.md). The passage is looked for by its quote and by its
 * context (what lies between the saved prefix and suffix), and a place counts
 * only when its context agrees; figures that changed are reported, not
 * matched as characters. The stored position only breaks ties. Returns null
 * (lost) rather than a place on other text.
 */
export function anchorSpan(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): AnchoredSpan | null {
  const found = findInText(text, quote, position?.start ?? null);
  if (!found) return null;
  const { offsets } = found.folded;
  const start = offsets[found.start] as number;
  const end = (offsets[found.end - 1] as number) + 1;
  const same = text.slice(start, end) === quote.exact;
  return { start, end, status: found.changes.length > 0 ? 'updated' : same ? 'unchanged' : 'edited', changes: found.changes };
}
