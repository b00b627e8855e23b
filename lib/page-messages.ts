import type { TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';
import type { Claim } from './claims/types';
import type { PageMetadata } from './page/metadata';

/** Messages from extension pages (popup, background) to the content script of a tab. */
export type TabMessage =
  | { claimlensTab: 'pageClaims' }
  | { claimlensTab: 'savedChanged' }
  | { claimlensTab: 'saveSelection' }
  /** Scroll to the claim holding this offset and open its card (the popup's Compare view). */
  | { claimlensTab: 'reveal'; start: number };

/** A detected claim as the popup lists it, with the selectors it would be saved with. */
export interface ListedClaim {
  claim: Claim;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** The sentence before the claim, saved with it (see sentenceBefore). */
  context: string;
}

export interface PageClaimsReply {
  meta: PageMetadata;
  claims: ListedClaim[];
  /** Saved annotations of this page that could not be anchored in its current text. */
  orphans: string[];
}
