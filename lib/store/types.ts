import type { FigureChange, TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { Attribution, Quantity } from '../claims/types';
import type { StoredReading } from '../compare/saved';
import type { Subject } from '../compare/subject';

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
  /** The sentence before the saved text on its page: where a figure's left-out noun is read from. */
  context: string;
  /** What each of `quantities` counts (null for figures that count nothing), for comparison. */
  subjects: Array<Subject | null>;
  /** Lower-case words of the text, note, tags, speakers and page title: the search index. */
  words: string[];
  createdAt: number;
  updatedAt: number;
  /** How the annotation was last found on its page, as the page's tab reported (absent until then). */
  anchor?: AnchorCheck;
}

/** The last re-anchoring of an annotation on its page: found, found with figures changed, or lost. */
export interface AnchorCheck {
  status: 'found' | 'updated' | 'lost';
  changes: FigureChange[];
  checkedAt: number;
}

/**
 * One saved figure, kept apart from its annotation for comparison: its id
 * sorts by subject key, then newest first, so that the newest figures of a
 * key, with all a card shows of them, are one bounded read.
 */
export interface SavedFigure {
  /** Subject key, newness, annotation id and the figure's index: "troops|PRK|zzzzzzz87|<uuid>|0". */
  id: string;
  annotationId: string;
  pageId: string;
  quantity: Quantity;
  /** What it counts by the state-owner rules (relation.ts); null for a figure found by its reading (money, measures…). */
  subject: Subject | null;
  /** The reading key of a figure with no subject ("~money||", see readingKey), which begins its id. */
  reading?: string;
  /**
   * What the comparison read of it in its sentence when it was saved (see StoredReading); absent in figures saved
   * before version 6 until the upgrade fills it. Checked when read: one that fails is read again from the sentence.
   */
  read?: StoredReading;
  /** The saved claim's sentence, and who said the figure. */
  text: string;
  speaker: string | null;
  page: Pick<Page, 'url' | 'title' | 'site' | 'publishedAt'>;
  savedAt: number;
}
