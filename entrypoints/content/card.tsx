import { render } from 'preact';
import { CARD_STYLES, ClaimCard } from '@/components/ClaimCard';
import type { Claim } from '@/lib/claims/types';
import { CardHost } from '@/lib/page/card-host';
import { claimSpans } from '@/lib/page/claim-index';
import type { PageHighlighter } from '@/lib/page/highlighter';
import { positionToOffset, textOffsetsToRange } from '@/lib/page/text-map';
import type { PageComparisons } from './comparisons';
import type { SavedAnnotations } from './saved';

/**
 * Shows the claim card on hover, on click and from the keyboard
 * (Alt+Shift+↓ / ↑ step through claims, Escape closes). Returns a function
 * that removes every listener and our host element.
 */
export function attachCard(
  doc: Document,
  highlighter: PageHighlighter,
  host: CardHost,
  saved: SavedAnnotations,
  comparisons: PageComparisons,
): () => void {
  const view = doc.defaultView as Window;
  let shown: Claim | null = null;
  let frame = 0;

  const close = () => {
    if (!shown) return;
    shown = null;
    render(null, host.container());
  };

  const show = (claim: Claim, anchor: DOMRect) => {
    shown = claim;
    const below = anchor.bottom + 8;
    const top = below + 220 > view.innerHeight ? Math.max(8, anchor.top - 228) : below;
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, view.innerWidth - 430));
    render(
      <ClaimCard
        key={claim.start}
        claim={claim}
        left={left}
        top={top}
        onClose={close}
        saved={saved.isSaved(claim)}
        updates={saved.updatesFor(claim)}
        onSave={() => saved.saveClaim(claim)}
        compared={comparisons.forClaim(claim)}
      />,
      host.container(),
    );
  };

  /** The claim under a point, with the rectangle of the highlighted span there. */
  const claimAtPoint = (x: number, y: number): { claim: Claim; rect: DOMRect } | null => {
    const claims = highlighter.claims;
    if (!claims) return null;
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const offset = positionToOffset(claims.map, caret.node, caret.offset);
    if (offset === null) return null;
    const claim = claims.index.at(offset) ?? (offset > 0 ? claims.index.at(offset - 1) : undefined);
    if (!claim) return null;
    for (const [start, end] of claimSpans(claim)) {
      const range = textOffsetsToRange(claims.map, start, end, doc);
      for (const rect of range?.getClientRects() ?? []) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { claim, rect };
      }
    }
    return null;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (host.contains(event.target)) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const hit = claimAtPoint(event.clientX, event.clientY);
      if (hit && hit.claim !== shown) show(hit.claim, hit.rect);
    });
  };

  // A click (or a tap, where there is no hover) opens the card too.
  const onClick = (event: MouseEvent) => {
    if (host.contains(event.target)) return;
    const hit = claimAtPoint(event.clientX, event.clientY);
    if (hit) show(hit.claim, hit.rect);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return close();
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const claims = highlighter.claims;
    if (!claims || claims.index.size === 0) return;
    event.preventDefault();
    const from = shown?.start ?? -1;
    const claim = event.key === 'ArrowDown' ? claims.index.next(from) : claims.index.previous(shown ? from : Infinity);
    const span = claim && claimSpans(claim)[0];
    const range = span && textOffsetsToRange(claims.map, span[0], span[1], doc);
    if (!claim || !range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    show(claim, range.getBoundingClientRect());
  };

  view.addEventListener('pointermove', onPointerMove, { passive: true });
  view.addEventListener('keydown', onKeyDown);
  view.addEventListener('click', onClick);
  return () => {
    view.removeEventListener('click', onClick);
    view.removeEventListener('pointermove', onPointerMove);
    view.removeEventListener('keydown', onKeyDown);
    cancelAnimationFrame(frame);
    close();
    host.remove();
  };
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
