import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CARD_STYLES, ClaimCard } from '@/components/ClaimCard';
import { type Box, unionBox } from '@/components/place-card';
import type { Claim } from '@/lib/claims/types';
import { DEFAULT_DISPLAY, type DisplaySettings, visibleSpans } from '@/lib/display';
import type { TabMessage } from '@/lib/page-messages';
import type { CardHost } from '@/lib/page/card-host';
import type { PageHighlighter } from '@/lib/page/highlighter';
import { positionToOffset, textOffsetsToRange } from '@/lib/page/text-map';
import { request } from '@/lib/request';
import type { PageComparisons } from './comparisons';
import type { SavedAnnotations } from './saved';

type Claims = NonNullable<PageHighlighter['claims']>;

/**
 * Shows the claim card on hover, on click and from the keyboard
 * (Alt+Shift+↓ / ↑ step through claims and move focus into the card; Escape
 * closes it and gives focus back). Returns a function that removes every
 * listener and our host element.
 */
export function attachCard(
  doc: Document,
  highlighter: PageHighlighter,
  host: CardHost,
  saved: SavedAnnotations,
  comparisons: PageComparisons,
  display: () => DisplaySettings = () => DEFAULT_DISPLAY,
): () => void {
  const view = doc.defaultView as Window;
  let shown: Claim | null = null;
  let frame = 0;
  // Where focus was before a card took it: it goes back there when the card closes.
  let returnFocus: Element | null = null;
  let ownTags: string[] = [];
  const loadTags = () =>
    request('tags', {}).then(
      (tags) => (ownTags = tags),
      () => {},
    );

  // While the card has focus, the page's focused element is our host.
  const cardHasFocus = () => doc.activeElement !== null && host.contains(doc.activeElement);

  const close = () => {
    if (!shown) return;
    const hadFocus = cardHasFocus();
    shown = null;
    render(null, host.container());
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    else if (hadFocus) (doc.activeElement as HTMLElement | null)?.blur();
    returnFocus = null;
  };

  const spansOf = (claims: Claims, claim: Claim) => visibleSpans(claims.map.text, claim, display());

  /** The on-screen box of a claim's whole sentence (the hovered line alone when it cannot be found). */
  const boxOf = (claim: Claim, fallback?: DOMRect): Box | null => {
    const claims = highlighter.claims;
    const range = claims && textOffsetsToRange(claims.map, claim.start, claim.end, doc);
    return unionBox(range?.getClientRects() ?? []) ?? fallback ?? null;
  };

  const show = (claim: Claim, anchor: Box, focus: boolean) => {
    if (focus && !cardHasFocus()) returnFocus = doc.activeElement;
    shown = claim;
    void loadTags().then(() => shown === claim && draw(claim, anchor, false));
    draw(claim, anchor, focus);
  };

  const draw = (claim: Claim, anchor: Box, focus: boolean) =>
    render(
      <ClaimCard
        key={claim.start}
        claim={claim}
        anchor={anchor}
        onClose={close}
        saved={saved.isSaved(claim)}
        onSave={(extra) => saved.saveClaim(claim, extra).then(() => void loadTags())}
        compared={comparisons.forClaim(claim)}
        ownTags={ownTags}
        onStep={(direction) => step(direction, true)}
        onOpenLibrary={() => void request('openLibrary', { search: claim.text.slice(0, 80) })}
        focus={focus}
      />,
      host.container(),
    );

  /** The claim under a point, with the rectangle of its marked span there. */
  const claimAtPoint = (x: number, y: number): { claim: Claim; rect: DOMRect } | null => {
    const claims = highlighter.claims;
    if (!claims) return null;
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const offset = positionToOffset(claims.map, caret.node, caret.offset);
    if (offset === null) return null;
    const claim = claimAround(claims.extraction.claims, offset);
    if (!claim) return null;
    for (const [start, end] of spansOf(claims, claim)) {
      if (offset < start - 1 || offset > end) continue;
      const range = textOffsetsToRange(claims.map, start, end, doc);
      for (const rect of range?.getClientRects() ?? []) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { claim, rect };
      }
    }
    return null;
  };

  /** Opens the next or previous claim that shows on the page, scrolled into view. */
  const step = (direction: 1 | -1, focus: boolean) => {
    const claims = highlighter.claims;
    if (!claims || claims.index.size === 0) return;
    let from = shown?.start ?? (direction === 1 ? -1 : Infinity);
    for (let tries = 0; tries < claims.index.size; tries++) {
      const claim = direction === 1 ? claims.index.next(from) : claims.index.previous(from);
      if (!claim) return;
      from = claim.start;
      if (reveal(claims, claim, focus)) return;
    }
  };

  /** Scrolls a claim into view and opens its card; false when none of it shows with the current settings. */
  const reveal = (claims: Claims, claim: Claim, focus: boolean): boolean => {
    const span = spansOf(claims, claim)[0];
    const range = span && textOffsetsToRange(claims.map, span[0], span[1], doc);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = boxOf(claim, range.getBoundingClientRect());
    if (box) show(claim, box, focus);
    return true;
  };

  const onPointerMove = (event: PointerEvent) => {
    // A card being used from the keyboard stays until it is closed.
    if (host.contains(event.target) || cardHasFocus()) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const hit = claimAtPoint(event.clientX, event.clientY);
      if (hit && hit.claim !== shown) show(hit.claim, boxOf(hit.claim, hit.rect) ?? hit.rect, false);
    });
  };

  // A click (or a tap, where there is no hover) opens the card too.
  const onClick = (event: MouseEvent) => {
    if (host.contains(event.target)) return;
    const hit = claimAtPoint(event.clientX, event.clientY);
    if (hit) show(hit.claim, boxOf(hit.claim, hit.rect) ?? hit.rect, false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return close();
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    step(event.key === 'ArrowDown' ? 1 : -1, true);
  };

  // The popup's Compare view asks for a figure to be shown.
  const onMessage = (message: unknown) => {
    const m = message as Partial<Extract<TabMessage, { claimlensTab: 'reveal' }>> | null;
    const claims = highlighter.claims;
    if (m?.claimlensTab !== 'reveal' || typeof m.start !== 'number' || !claims) return undefined;
    const claim = claimAround(claims.extraction.claims, m.start);
    if (claim) reveal(claims, claim, false);
    return undefined;
  };

  view.addEventListener('pointermove', onPointerMove, { passive: true });
  view.addEventListener('keydown', onKeyDown);
  view.addEventListener('click', onClick);
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    view.removeEventListener('click', onClick);
    view.removeEventListener('pointermove', onPointerMove);
    view.removeEventListener('keydown', onKeyDown);
    cancelAnimationFrame(frame);
    close();
    host.remove();
  };
}

/** The claim whose sentence holds an offset (claims are in text order). */
function claimAround(claims: Claim[], offset: number): Claim | undefined {
  let lo = 0;
  let hi = claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = claims[mid] as Claim;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export { CARD_STYLES };
