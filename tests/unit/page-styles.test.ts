// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_DISPLAY, highlightCss } from '@/lib/display';
import { DEFAULT_CSS, forThisBrowser, HIGHLIGHTS, installStyles, setDisplay } from '@/lib/page/paint';

// The document_start script has a copy of the module of its own (another bundle): so has this test.
vi.resetModules();
const { adoptStylesEarly, dropEarlyStyles } = await import('@/lib/page/paint');

// The highlights' sheet is adopted at document_start (early-setting.ts) and taken over by the content script:
// adopting or rewriting it later makes Chromium restyle every element of the page (one task of 262-477 ms on
// 100,000 nodes), so it is written again only when the reader's display settings say otherwise.
describe("the highlights' sheet", () => {
  // Each test is a fresh page for the two scripts: a document of its own, and the scripts' shared scope.
  let doc: Document;
  let scope: Record<string, unknown>;
  // What each sheet was last given, and how many times sheets were written (happy-dom keeps no ::highlight rule).
  let written: Map<CSSStyleSheet, string>;
  let writes: number;
  beforeEach(() => {
    doc = document.implementation.createHTMLDocument('page');
    Object.defineProperty(doc, 'defaultView', { value: window });
    scope = {};
    written = new Map();
    writes = 0;
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, css: string) {
      written.set(this, css);
      writes++;
      replaceSync.call(this, css);
    });
  });
  afterEach(() => vi.restoreAllMocks());
  const ours = () => doc.adoptedStyleSheets.filter((s) => written.has(s));
  const noQuantities = { ...DEFAULT_DISPLAY, show: { ...DEFAULT_DISPLAY.show, quantity: false } };

  test('written out for the early script, it is what the display module writes for the defaults', () => {
    expect(DEFAULT_CSS).toBe(highlightCss(DEFAULT_DISPLAY, HIGHLIGHTS));
  });

  test('adopted early, it is the one the content script uses, not written again', () => {
    adoptStylesEarly(doc, scope);
    const [early] = ours();
    expect(written.get(early as CSSStyleSheet)).toBe(forThisBrowser(DEFAULT_CSS));
    expect(writes).toBe(1);
    setDisplay(doc, DEFAULT_DISPLAY);
    installStyles(doc, scope);
    installStyles(doc, scope);
    expect(doc.adoptedStyleSheets).toEqual([early]);
    expect(writes).toBe(1);
    // The reader's own settings rewrite it, once.
    setDisplay(doc, noQuantities);
    setDisplay(doc, noQuantities);
    expect(writes).toBe(2);
    expect(written.get(early as CSSStyleSheet)).toBe(forThisBrowser(highlightCss(noQuantities, HIGHLIGHTS)));
  });

  test('settings read before the highlights are shown are written into the early sheet when they are', () => {
    adoptStylesEarly(doc, scope);
    setDisplay(doc, noQuantities);
    expect(writes).toBe(1);
    installStyles(doc, scope);
    expect(ours().length).toBe(1);
    expect(written.get(ours()[0] as CSSStyleSheet)).toBe(forThisBrowser(highlightCss(noQuantities, HIGHLIGHTS)));
  });

  test('a page that replaced the list of sheets gets a new one', () => {
    adoptStylesEarly(doc, scope);
    const pages = new CSSStyleSheet();
    doc.adoptedStyleSheets = [pages];
    installStyles(doc, scope);
    expect(doc.adoptedStyleSheets.length).toBe(2);
    expect(doc.adoptedStyleSheets[0]).toBe(pages);
    expect(written.get(doc.adoptedStyleSheets[1] as CSSStyleSheet)).toBe(forThisBrowser(DEFAULT_CSS));
  });

  test('on a site turned off, the early sheet is taken out and nothing of ours stays', () => {
    const pages = new CSSStyleSheet();
    doc.adoptedStyleSheets = [pages];
    adoptStylesEarly(doc, scope);
    expect(doc.adoptedStyleSheets.length).toBe(2);
    dropEarlyStyles(doc, scope);
    expect(doc.adoptedStyleSheets).toEqual([pages]);
    expect(scope).toEqual({});
  });
});

// Where highlights inherit (Chromium), rules on every element slowed the page's own styling of 100,000 nodes;
// where they do not (Firefox), a rule on the root alone would paint nothing. tests/browser/highlight-paint.test.ts
// checks in Chromium that both forms paint the same pixels.
describe('the rules as each browser gets them', () => {
  const displays = [
    DEFAULT_DISPLAY,
    { ...DEFAULT_DISPLAY, show: { ...DEFAULT_DISPLAY.show, quantity: false } },
    { ...DEFAULT_DISPLAY, statements: 'tint' as const },
  ];
  const rulesOf = (css: string) => css.split('\n');

  test.each(displays)('where highlights inherit, every rule is on the root element alone, with the same styles', (display) => {
    const css = highlightCss(display, HIGHLIGHTS);
    const rooted = rulesOf(forThisBrowser(css, true));
    expect(rooted.length).toBe(Object.keys(HIGHLIGHTS).length);
    for (const [i, rule] of rooted.entries()) {
      expect(rule.startsWith(':root::highlight(')).toBe(true);
      expect(rule.slice(':root'.length)).toBe(rulesOf(css)[i]);
    }
  });

  test.each(displays)('where they do not, every rule applies to every element', (display) => {
    const css = highlightCss(display, HIGHLIGHTS);
    expect(forThisBrowser(css, false)).toBe(css);
    for (const rule of rulesOf(css)) expect(rule.startsWith('::highlight(')).toBe(true);
  });
});
