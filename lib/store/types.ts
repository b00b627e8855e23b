import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { Attribution, Quantity } from '../claims/types';

/** A news page the reader saved something from. */
export interface Page {
  /** Canonical URL (see canonicalUrl). */
  id: string;
  url: string;
  title: string;
  site: string;
  byline: string | null;
  /** ISO date from the page's metadata, when it gives one. */
  publishedAt: string | null;
  firstVisit: number;
  lastVisit: number;
}

/** What an annotation holds: a detected claim, or any text the reader selected. */
export type AnnotationKind = 'claim' | 'selection';

/** Something the reader saved, with a note and tags, anchored to its page by W3C selectors. */
export interface Annotation {
  id: string;
  pageId: string;
  kind: AnnotationKind;
  /** The exact text saved. */
  text: string;
  quantities: Quantity[];
  attributions: Attribution[];
  note: string;
  tags: string[];
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** Normalised counted nouns and names, for finding comparable claims. */
  terms: string[];
  createdAt: number;
  updatedAt: number;
}
