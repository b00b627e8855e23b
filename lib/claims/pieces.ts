import type { Attribution, Extraction, Quantity } from './types';

/** The most text read in one piece: in the page, one request to the background (fewer, larger pieces keep a long article's round trips few). */
export const MAX_PIECE = 100_000;

/** Reads one piece of text: in the page this asks the background, in tests and the CLI it runs the extractor. */
export type ExtractPiece = (text: string) => Extraction | Promise<Extraction>;

/**
 * Extracts claims from a long text in pieces of whole paragraphs, pausing
 * between pieces so that a browser stays responsive (no task over ~50 ms).
 * Figures and sources that refer across a piece boundary ("she said" in the
 * first paragraph of a piece) may resolve less well; pieces are large enough
 * that an ordinary article is one piece.
 */
export async function extractInPieces(
  text: string,
  extractPiece: ExtractPiece,
  pause: () => Promise<void>,
  maxPiece = MAX_PIECE,
  onPiece?: (part: Extraction) => void | Promise<void>,
): Promise<Extraction> {
  const all: Extraction = { quantities: [], attributions: [], claims: [] };
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start, maxPiece);
    const part = shiftExtraction(await extractPiece(text.slice(start, end)), start);
    all.quantities.push(...part.quantities);
    all.attributions.push(...part.attributions);
    all.claims.push(...part.claims);
    await onPiece?.(part);
    start = end;
    if (start < text.length) await pause();
  }
  return all;
}

/** Where the piece starting at `start` ends: at a paragraph break, else a line break, else a space. */
function pieceEnd(text: string, start: number, maxPiece: number): number {
  const end = Math.min(text.length, start + maxPiece);
  if (end === text.length) return end;
  for (const separator of ['\n\n', '\n', ' ']) {
    const cut = text.lastIndexOf(separator, end);
    if (cut > start) return cut;
  }
  return end;
}

/** The same claims, with every offset moved by `by` (claims of a piece, placed in the whole text). */
export function shiftExtraction(x: Extraction, by: number): Extraction {
  if (by === 0) return x;
  const quantity = (q: Quantity): Quantity => ({ ...q, start: q.start + by, end: q.end + by });
  const attribution = (a: Attribution): Attribution => ({
    ...a,
    contentStart: a.contentStart + by,
    contentEnd: a.contentEnd + by,
    cueStart: a.cueStart + by,
    cueEnd: a.cueEnd + by,
  });
  return {
    quantities: x.quantities.map(quantity),
    attributions: x.attributions.map(attribution),
    claims: x.claims.map((c) => ({
      ...c,
      start: c.start + by,
      end: c.end + by,
      quantities: c.quantities.map(quantity),
      attributions: c.attributions.map(attribution),
    })),
  };
}

/** Two extractions of consecutive pieces of text as one. */
export function mergeExtractions(a: Extraction, b: Extraction): Extraction {
  return {
    quantities: [...a.quantities, ...b.quantities],
    attributions: [...a.attributions, ...b.attributions],
    claims: [...a.claims, ...b.claims],
  };
}
