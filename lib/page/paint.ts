/**
 * The names our highlights are registered under in `CSS.highlights`. Every script of the page can list
 * them: they must not name the product (a site would learn that the reader uses ClaimLens), and the
 * letters after "x" keep them from meeting a name the page registers itself.
 */
export const HIGHLIGHTS = {
  quantity: 'x5c1e-figure',
  attribution: 'x5c1e-source',
  saved: 'x5c1e-saved',
  /** Figures that a saved figure of the same quantity agrees with, or differs from. */
  agree: 'x5c1e-agree',
  differ: 'x5c1e-differ',
} as const;

// Colour and underline together stay readable on light and dark pages; the text itself is never hidden.
const STYLES = `
::highlight(${HIGHLIGHTS.attribution}) { background-color: rgb(64 140 255 / 0.16); text-decoration: underline dotted rgb(64 140 255) 2px; }
::highlight(${HIGHLIGHTS.quantity}) { background-color: rgb(255 190 0 / 0.35); text-decoration: underline rgb(214 137 0) 2px; }
::highlight(${HIGHLIGHTS.agree}) { text-decoration: underline double rgb(0 150 136) 3px; }
::highlight(${HIGHLIGHTS.differ}) { text-decoration: underline wavy rgb(220 40 60) 2px; }
::highlight(${HIGHLIGHTS.saved}) { background-color: rgb(40 200 120 / 0.30); text-decoration: underline rgb(20 150 80) 2px; }
`;

/** Removes our highlights from the page. */
export function clearHighlights(doc: Document = document): void {
  const registry = doc.defaultView?.CSS.highlights;
  for (const name of Object.values(HIGHLIGHTS)) registry?.delete(name);
}

const installed = new WeakSet<Document>();

// An adopted stylesheet styles the highlights without adding a node to the page.
export function installStyles(doc: Document): void {
  if (installed.has(doc)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.add(doc);
}
