import type { Extraction } from '../claims/types';
import { type TextMap, textOffsetsToRange } from './text-map';

/** The names our highlights are registered under in `CSS.highlights`. */
export const HIGHLIGHTS = {
  quantity: 'claimlens-quantity',
  attribution: 'claimlens-attribution',
  saved: 'claimlens-saved',
} as const;

// Colour and underline together stay readable on light and dark pages; the text itself is never hidden.
const STYLES = `
::highlight(${HIGHLIGHTS.attribution}) { background-color: rgb(64 140 255 / 0.16); text-decoration: underline dotted rgb(64 140 255) 2px; }
::highlight(${HIGHLIGHTS.quantity}) { background-color: rgb(255 190 0 / 0.35); text-decoration: underline rgb(214 137 0) 2px; }
::highlight(${HIGHLIGHTS.saved}) { background-color: rgb(40 200 120 / 0.30); text-decoration: underline rgb(20 150 80) 2px; }
`;

export interface Painted {
  quantities: Range[];
  attributions: Range[];
}

/**
 * Paints the extraction's spans with the CSS Custom Highlight API: no element
 * is added to or changed in the page. Returns the ranges, in reading order.
 */
export function paintExtraction(map: TextMap, extraction: Extraction, doc: Document = document): Painted {
  const toRanges = (spans: Array<[number, number]>) =>
    spans.map(([s, e]) => textOffsetsToRange(map, s, e, doc)).filter((r): r is Range => r !== null);
  const painted: Painted = {
    quantities: toRanges(extraction.quantities.map((q) => [q.start, q.end])),
    attributions: toRanges(extraction.attributions.map((a) => [a.contentStart, a.contentEnd])),
  };
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS)) return painted;
  installStyles(doc);
  const HighlightCtor = (view as unknown as { Highlight: typeof Highlight }).Highlight;
  view.CSS.highlights.set(HIGHLIGHTS.attribution, new HighlightCtor(...painted.attributions));
  view.CSS.highlights.set(HIGHLIGHTS.quantity, new HighlightCtor(...painted.quantities));
  return painted;
}

/** Removes our highlights from the page. */
export function clearHighlights(doc: Document = document): void {
  const registry = doc.defaultView?.CSS.highlights;
  for (const name of Object.values(HIGHLIGHTS)) registry?.delete(name);
}

const installed = new WeakSet<Document>();

// An adopted stylesheet styles the highlights without adding a node to the page.
function installStyles(doc: Document): void {
  if (installed.has(doc)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.add(doc);
}
