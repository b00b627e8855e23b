import { DEFAULT_DISPLAY, type DisplaySettings, highlightCss } from '../display';

/** The names our highlights are registered under in `CSS.highlights`. */
export const HIGHLIGHTS = {
  quantity: 'claimlens-quantity',
  attribution: 'claimlens-attribution',
  /** A statement's cue and speaker: what is marked when statements are not tinted in full. */
  cue: 'claimlens-cue',
  saved: 'claimlens-saved',
  /** Figures that a saved figure of the same quantity agrees with, or differs from. */
  agree: 'claimlens-agree',
  differ: 'claimlens-differ',
} as const;

/** Removes our highlights from the page. */
export function clearHighlights(doc: Document = document): void {
  const registry = doc.defaultView?.CSS.highlights;
  for (const name of Object.values(HIGHLIGHTS)) registry?.delete(name);
}

const sheets = new WeakMap<Document, CSSStyleSheet>();
// The reader's display settings, once read: the sheet is made with them, or changed when they come later.
const displays = new WeakMap<Document, DisplaySettings>();

// An adopted stylesheet styles the highlights without adding a node to the page. Colour and line style
// together stay readable on light and dark pages; the text itself is never hidden.
export function installStyles(doc: Document): void {
  if (sheets.has(doc)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightCss(displays.get(doc) ?? DEFAULT_DISPLAY, HIGHLIGHTS));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheets.set(doc, sheet);
}

/** Paints with the reader's display settings (kinds shown, statement style, colours), now or when installed. */
export function setDisplay(doc: Document, display: DisplaySettings): void {
  displays.set(doc, display);
  sheets.get(doc)?.replaceSync(highlightCss(display, HIGHLIGHTS));
}
