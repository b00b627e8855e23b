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
// The rules each sheet holds: a sheet is written again only when they change (see adoptStylesEarly).
const written = new WeakMap<CSSStyleSheet, string>();

// Where the sheet adopted at document_start (early-setting.ts) waits for the content script: both run in the
// extension's isolated world and share its globals, which the page cannot see (as settings.ts's early answer).
const EARLY_SHEET = '__claimlensSheet';
type EarlyScope = { [EARLY_SHEET]?: CSSStyleSheet };

/**
 * `highlightCss(DEFAULT_DISPLAY, HIGHLIGHTS)` written out (tests/unit/page-styles.test.ts checks that they
 * agree): the document_start script adopts it, and stays within its 1 KB without the display module.
 */
export const DEFAULT_CSS = `::highlight(x5c1e-figure) { background-color: #e69f004d; text-decoration: underline solid #e69f00 2px; }
::highlight(x5c1e-source) {  }
::highlight(x5c1e-cue) { background-color: #0072b229; text-decoration: underline dotted #0072b2 2px; }
::highlight(x5c1e-saved) { background-color: #cc79a74d; text-decoration: underline solid #cc79a7 2px; }
::highlight(x5c1e-agree) { text-decoration: underline double #009e73 3px; }
::highlight(x5c1e-differ) { text-decoration: underline wavy #d55e00 2px; }`;

/**
 * Whether this browser's highlights take the styles they are not given from the parent element's highlight
 * (the highlight inheritance of css-pseudo-4): Chromium has for `::highlight()` since 2022 (commit cc6c0ae,
 * before it shipped the Highlight API itself); Firefox has not (bug 1703963, and mdn/content#44722 of July
 * 2026: "on Firefox and Safari the red colour is not inherited by the child element"), nor had Safari until
 * August 2026 (WebKit pull request 70962).
 */
// (Node scripts that import this module have no import.meta.env: they write no sheet.)
const INHERITS_HIGHLIGHTS =
  typeof import.meta.env === 'object' && (import.meta.env.CHROME || import.meta.env.EDGE || import.meta.env.OPERA);

/**
 * The rules as this browser gets them. Where highlights inherit, each rule is set on the root element alone
 * and every element's highlight inherits it: a rule on every element (`::highlight()` alone) made the page's
 * own styling of 100,000 nodes 30-70% slower (UpdateLayoutTree 1,072-1,396 ms against 738-809 without us,
 * 793-805 with the rules on the root: docs/speed.md, stop 17). Elsewhere a rule on the root would paint
 * nothing below it, so the rules stay on every element.
 */
export function forThisBrowser(css: string, inherits: boolean = INHERITS_HIGHLIGHTS): string {
  return inherits ? css.replace(/^::highlight\(/gm, ':root::highlight(') : css;
}

function newSheet(doc: Document, css: string): CSSStyleSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(forThisBrowser(css));
  written.set(sheet, css);
  return sheet;
}

/**
 * Adopts the highlights' sheet, with the default display, before the page has any element (document_start).
 * A `::highlight()` rule applies to every element, so adopting or changing the sheet later makes Chromium
 * restyle the whole page: one task of 262-477 ms on a page of 100,000 nodes. Adopted now, its rules are part
 * of the page's own first styling; they paint nothing until highlights are registered under their names.
 */
export function adoptStylesEarly(doc: Document, scope: EarlyScope = globalThis as EarlyScope): void {
  const sheet = newSheet(doc, DEFAULT_CSS);
  if (!sheet) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  scope[EARLY_SHEET] = sheet;
}

/** Takes the early sheet off the page (a site the reader turned ClaimLens off for keeps nothing of ours). */
export function dropEarlyStyles(doc: Document, scope: EarlyScope = globalThis as EarlyScope): void {
  const sheet = scope[EARLY_SHEET];
  if (!sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  delete scope[EARLY_SHEET];
}

// Colour and line style together stay readable on light and dark pages; the text itself is never hidden.
// An adopted stylesheet styles the highlights without adding a node to the page: the one adopted early when
// the page still has it (a page may replace the whole list), else a new one.
export function installStyles(doc: Document, scope: EarlyScope = globalThis as EarlyScope): void {
  const installed = sheets.get(doc);
  if (installed && doc.adoptedStyleSheets.includes(installed)) return;
  const display = displays.get(doc) ?? DEFAULT_DISPLAY;
  const early = scope[EARLY_SHEET];
  delete scope[EARLY_SHEET];
  if (early && doc.adoptedStyleSheets.includes(early)) {
    sheets.set(doc, early);
    // Written by the other script's copy of this module, with the default display.
    if (!written.has(early)) written.set(early, DEFAULT_CSS);
    write(early, display);
    return;
  }
  const sheet = newSheet(doc, highlightCss(display, HIGHLIGHTS));
  if (!sheet) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheets.set(doc, sheet);
}

/** Writes a sheet's rules only when they change: writing the same again restyles the page all the same. */
function write(sheet: CSSStyleSheet, display: DisplaySettings): void {
  const css = highlightCss(display, HIGHLIGHTS);
  if (written.get(sheet) === css) return;
  sheet.replaceSync(forThisBrowser(css));
  written.set(sheet, css);
}

/** Paints with the reader's display settings (kinds shown, statement style, colours), now or when installed. */
export function setDisplay(doc: Document, display: DisplaySettings): void {
  displays.set(doc, display);
  const sheet = sheets.get(doc);
  if (sheet) write(sheet, display);
}
