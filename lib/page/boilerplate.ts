// What inside an article body is not the article: short blocks that label themselves as promos, galleries
// and ads, and blocks that are mostly links. Judged by each block's own text, never by its class name.

/**
 * A label that marks a block as not the article's own text. Tested on each piece of text in the block (a
 * text node, trimmed): a label stands on its own. Each rule's real examples are in
 * tests/unit/article-detection.test.ts (kept out of the content script, which ships the patterns only).
 */
export interface LabelRule {
  id: string;
  pattern: RegExp;
}

export const LABELS: LabelRule[] = [
  { id: 'related-link', pattern: /^(related|read|read more|see also|also read|more on this|watch|listen)\s*:/i },
  // AP style never opens a sentence with a numeral: a piece of text that is only "14 Photos" is a counter.
  { id: 'gallery-count', pattern: /^\d+\s+(photos|pictures|images|slides)$/i },
  { id: 'advertisement', pattern: /^advertisement$/i },
  {
    id: 'sponsored',
    pattern:
      /^(sponsored|sponsored by|sponsored links|promoted|promoted by|promoted links|paid partner|paid post|partner content)$/i,
  },
];

/** The label rule a piece of text matches, if any. */
export function labelOf(text: string): LabelRule | undefined {
  // Labels are short: a long run of text is prose, and is not worth normalising (most of a page's text).
  if (text.length > MAX_LABEL) return undefined;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return LABELS.find((rule) => rule.pattern.test(trimmed));
}
// Longer than the longest label line seen ("Related: " and a headline, cnn).
const MAX_LABEL = 300;

// Longer blocks are prose or wrappers of prose: a label or a link list is short.
const SHORT_BLOCK = 1000;
const LINK_SHARE = 0.5;

/**
 * True when a short block is not article text by its own content: a piece of its text is a label (promo,
 * gallery, ad), it holds a form field (a sign-up box: tmz-1's "Get TMZ Breaking News alerts to your inbox"
 * over an e-mail field), or at least half its text is links (related stories, "Read: ..." lines).
 */
export function isBoilerplateBlock(el: Element): boolean {
  // Wrappers of the whole article are long: read no more of them than a short block could hold.
  const raw = textUpTo(el, 4 * SHORT_BLOCK);
  if (raw === null) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > SHORT_BLOCK) return false;
  if (el.querySelector('input, select, textarea') || hasLabel(el)) return true;
  // A subhead that links names what the section is about (yahoo-1: "“Thumper” ($20)" links to the game).
  return !/^H\d$/i.test(el.tagName) && linkShare(el) >= LINK_SHARE;
}

/**
 * An element's text when it is at most `max` characters long, else null, read no further than that: every
 * block of a page is asked, and reading each one's whole text is quadratic on a deeply nested page.
 */
function textUpTo(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (text.length > max) return null;
  }
  return text;
}

/** The share of an element's text that is the text of links. */
export function linkShare(el: Element): number {
  const length = (el.textContent ?? '').trim().length;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) if (a.hasAttribute('href')) linked += (a.textContent ?? '').trim().length;
  return length > 0 ? linked / length : 0;
}

function hasLabel(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 ? labelOf(child.nodeValue ?? '') : child.nodeType === 1 && hasLabel(child)) return true;
  }
  return false;
}
