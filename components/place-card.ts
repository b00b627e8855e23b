/** A rectangle in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when no side has room for the whole card: it scrolls inside this height. */
  maxHeight: number | null;
}

const MARGIN = 8;

/**
 * Where the card goes so that it never covers the claim it describes: below
 * it, else above, else beside it; when none has room for the whole card, on
 * the side with most room, scrolling inside.
 */
export function placeCard(
  claim: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const clampX = (x: number) => Math.min(Math.max(MARGIN, x), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  const clampY = (y: number) => Math.min(Math.max(MARGIN, y), Math.max(MARGIN, viewport.height - card.height - MARGIN));
  const below = viewport.height - MARGIN - (claim.bottom + MARGIN);
  const above = claim.top - MARGIN - MARGIN;
  if (card.height <= below) return { left: clampX(claim.left), top: claim.bottom + MARGIN, maxHeight: null };
  if (card.height <= above) return { left: clampX(claim.left), top: claim.top - MARGIN - card.height, maxHeight: null };
  const right = viewport.width - MARGIN - (claim.right + MARGIN);
  const left = claim.left - MARGIN - MARGIN;
  if (card.width <= right) return { left: claim.right + MARGIN, top: clampY(claim.top), maxHeight: null };
  if (card.width <= left) return { left: claim.left - MARGIN - card.width, top: clampY(claim.top), maxHeight: null };
  return below >= above
    ? { left: clampX(claim.left), top: claim.bottom + MARGIN, maxHeight: Math.max(below, 0) }
    : { left: clampX(claim.left), top: MARGIN, maxHeight: Math.max(above, 0) };
}

/** The smallest box holding all the rectangles. */
export function unionBox(rects: Iterable<Box>): Box | null {
  let box: Box | null = null;
  for (const r of rects) {
    box = box
      ? {
          left: Math.min(box.left, r.left),
          top: Math.min(box.top, r.top),
          right: Math.max(box.right, r.right),
          bottom: Math.max(box.bottom, r.bottom),
        }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return box;
}
