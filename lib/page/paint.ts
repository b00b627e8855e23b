import { DEFAULT_DISPLAY, type DisplaySettings, highlightCss } from '../display';

/**
 * The names our highlights are registered under in `CSS.highlights`. Every script of the page can list
 * them: they must not name the product (a site would learn that the reader uses ClaimLens), and the
 * letters after "x" keep them from meeting a name the page registers itself.
 */
export const HIGHLIGHTS = {
  quantity: 'x5c1e-figure',
  attribution: 'x5c1e-source',
  /** A statement's cue and speaker: what is marked when statements are not tinted in full. */
  cue: 'x5c1e-cue',
  saved: 'x5c1e-saved',
  /** Figures that a saved figure of the same quantity agrees with, or differs from. */
  agree: 'x5c1e-agree',
  differ: 'x5c1e-differ',
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
