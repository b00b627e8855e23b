import type { FigureChange, TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';
import type { Claim } from './claims/types';
import type { ReadScope } from './page/highlighter';
import type { PageMetadata } from './page/metadata';

/** Messages from extension pages (popup, background) to the content script of a tab. */
export type TabMessage =
  | { claimlensTab: 'pageClaims' }
  | { claimlensTab: 'savedChanged' }
  | { claimlensTab: 'saveSelection' }
  /** Scroll to the claim holding this offset and open its card (the popup's Compare view). */
  | { claimlensTab: 'reveal'; start: number }
  // Read another part of the page (the reader disagrees with the article found); replies as pageClaims.
  | { claimlensTab: 'readScope'; scope: ReadScope };

/** From the content script to the background: the number of claims on its page, for the toolbar badge. */
export interface BadgeMessage {
  claimlensBadge: number;
}

/** What the page's reading found, for the popup to say. */
export interface PageStatusReply {
  scope: ReadScope;
  /** Whether an article was found (when the article is what is read). */
  article: boolean;
  figures: number;
  statements: number;
}

/** A detected claim as the popup lists it, with the selectors it would be saved with. */
export interface ListedClaim {
  claim: Claim;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** The text before the claim (textBefore); the store saves its last sentence (saveAnnotation). */
  context: string;
}

export interface PageClaimsReply {
  meta: PageMetadata;
  claims: ListedClaim[];
  /** Saved annotations of this page that could not be anchored in its current text. */
  orphans: string[];
  /** Saved annotations whose figures the page has changed since, by id: old → new. */
  updated: Record<string, FigureChange[]>;
  /** True when the article was longer than ClaimLens reads (MAX_ARTICLE_CHARS): its claims are its beginning's. */
  capped: boolean;
  status: PageStatusReply;
}
