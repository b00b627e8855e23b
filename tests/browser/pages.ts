import type { Page } from 'playwright-core';
import { CARD_HOST_ATTRIBUTE, CARD_HOST_TAG } from '../../lib/page/card-host';
import { HIGHLIGHTS } from '../../lib/page/paint';

export type HighlightName =
  | 'claimlens-quantity'
  | 'claimlens-attribution'
  | 'claimlens-cue'
  | 'claimlens-saved'
  | 'claimlens-agree'
  | 'claimlens-differ'
  // Registered by the tests themselves, to show a check can see a highlight outside the article.
  | 'claimlens-probe';

/** The name each of our highlights has in the page (they do not name the product there). */
export const IN_PAGE: Record<HighlightName, string> = {
  'claimlens-quantity': HIGHLIGHTS.quantity,
  'claimlens-attribution': HIGHLIGHTS.attribution,
  'claimlens-cue': HIGHLIGHTS.cue,
  'claimlens-saved': HIGHLIGHTS.saved,
  'claimlens-agree': HIGHLIGHTS.agree,
  'claimlens-differ': HIGHLIGHTS.differ,
  'claimlens-probe': 'claimlens-probe',
};

/** Waits until the content script has registered its highlights (or the time runs out, when a page has none). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((n) => CSS.highlights.has(n), HIGHLIGHTS.quantity, { timeout });
}

/**
 * Waits until the content script has read the whole article: every piece extracted and painted. Ordinary
 * builds leave no mark in the page, so this waits for our highlights to stop growing (a second unchanged).
 */
export async function waitForReading(page: Page, timeout = 30_000): Promise<void> {
  const names = [HIGHLIGHTS.quantity, HIGHLIGHTS.attribution];
  const sizes = () => page.evaluate((n) => n.map((name) => CSS.highlights.get(name)?.size ?? -1).join(','), names);
  const until = Date.now() + timeout;
  let last = '';
  let steady = 0;
  while (Date.now() < until && steady < 4) {
    const now = await sizes();
    steady = now === last && !now.startsWith('-1') ? steady + 1 : 0;
    last = now;
    await page.waitForTimeout(250);
  }
}

/** The text of each range in one of our highlights, in the order registered. */
export function highlightTexts(page: Page, name: HighlightName): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), IN_PAGE[name]);
}

/** The page's DOM serialised, without our host element. */
export function serialiseDom(page: Page): Promise<string> {
  return page.evaluate((attribute) => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll(`[${attribute}]`)) el.remove();
    return copy.outerHTML;
  }, CARD_HOST_ATTRIBUTE);
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The text of our card. It lives in a closed shadow root that page scripts (and
 * Playwright's selectors) cannot enter; the DevTools protocol can.
 */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const find = (node: CdpNode): CdpNode | undefined => {
    if (node.nodeName === CARD_HOST_TAG.toUpperCase()) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const text = (node: CdpNode): string =>
    node.nodeName === 'STYLE'
      ? ''
      : (node.nodeValue ?? '') + [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join('');
  const host = find(root);
  if (!host) return null;
  const content = text(host).trim();
  return content === '' ? null : content;
}

/**
 * The centre of the first on-screen rectangle of the highlighted range whose text starts with `prefix`, once that
 * range is painted: the content script paints in slices, so the first highlight can come before this one.
 */
export async function highlightPoint(page: Page, name: HighlightName, prefix: string): Promise<{ x: number; y: number } | null> {
  await page.waitForFunction(
    ([n, p]) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString().startsWith(p)),
    [IN_PAGE[name], prefix] as const,
    { timeout: 10_000 },
  );
  return page.evaluate(
    ([n, p]) => {
      const range = [...(CSS.highlights.get(n) ?? [])].find((r) => (r as Range).toString().startsWith(p)) as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    },
    [IN_PAGE[name], prefix] as const,
  );
}

/** Clicks the button with this label inside our card (in its closed shadow root, found through the DevTools protocol). */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId: number } };
  type Node = CdpNode & { nodeId: number; backendNodeId: number };
  const find = (node: Node): Node | undefined => {
    const label_ = (node.children ?? [])
      .map((c) => c.nodeValue ?? '')
      .join('')
      .trim();
    if (node.nodeName === 'BUTTON' && label_ === label) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])] as Node[]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const button = find(root as Node);
  if (!button) throw new Error(`no "${label}" button in the card`);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The centre of the cue (or speaker) marked in the same paragraph as the statement whose content starts with `prefix`. */
export function cuePoint(page: Page, prefix: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([p, source, cues]) => {
      const content = [...(CSS.highlights.get(source) ?? [])].find((r) => (r as Range).toString().startsWith(p)) as
        Range | undefined;
      const paragraph = content?.startContainer.parentElement?.closest('p');
      const cue = [...(CSS.highlights.get(cues) ?? [])].find((r) => paragraph?.contains((r as Range).startContainer)) as
        Range | undefined;
      if (!cue) return null;
      cue.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = cue.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [prefix, HIGHLIGHTS.attribution, HIGHLIGHTS.cue] as const,
  );
}

/** The rules of our highlight stylesheet (adopted by the page), by highlight name (as the tests call them). */
export async function highlightRules(page: Page): Promise<Record<string, string>> {
  const byPageName = Object.fromEntries(Object.entries(IN_PAGE).map(([ours, inPage]) => [inPage, ours]));
  const rules = await page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((s) => [...s.cssRules])
      .map((r) => [r.cssText.match(/::highlight\(([\w-]+)\)/)?.[1] ?? '', (r as CSSStyleRule).style.cssText] as const),
  );
  return Object.fromEntries(rules.map(([name, css]) => [byPageName[name] ?? name, css]));
}

/** The on-screen box of our card (in its closed shadow root, measured through the DevTools protocol), or null. */
export async function cardBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  type Node = CdpNode & { backendNodeId: number; attributes?: string[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (node: Node): Node | undefined => {
    if (node.nodeName === 'DIV' && (node.attributes ?? []).join(' ').includes('role dialog')) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])] as Node[]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const card = find(root);
  if (!card) return (await cdp.detach(), null);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: card.backendNodeId })) as {
    model: { border: number[] };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { left: x1, top: y1, right: x3, bottom: y3 };
}

/** The on-screen rectangles of the article text holding `words` (the sentence of a claim). */
export function textRects(
  page: Page,
  words: string,
): Promise<Array<{ left: number; top: number; right: number; bottom: number }>> {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }
    return [];
  }, words);
}

/** A highlighted range with up to `around` characters either side of it from its own block (paragraph, item). */
export interface HighlightContext {
  before: string;
  text: string;
  after: string;
}

/** Each range of a highlight in its local context, to tell where on the page it lies. */
export function highlightContexts(page: Page, name: HighlightName, around = 20): Promise<HighlightContext[]> {
  return page.evaluate(
    ([n, size]) => {
      const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dd, dt, pre, figcaption, div, section, article, body';
      const blockOf = (node: Node) =>
        (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(BLOCK) ?? document.body;
      return [...(CSS.highlights.get(n) ?? [])].map((r) => {
        const range = r as Range;
        const head = document.createRange();
        head.selectNodeContents(blockOf(range.startContainer));
        head.setEnd(range.startContainer, range.startOffset);
        const tail = document.createRange();
        tail.selectNodeContents(blockOf(range.endContainer));
        tail.setStart(range.endContainer, range.endOffset);
        return { before: head.toString().slice(-size), text: range.toString(), after: tail.toString().slice(0, size) };
      });
    },
    [IN_PAGE[name], around] as const,
  );
}

/**
 * Registers 'claimlens-probe' over every visible text of the page that holds a digit: figures anywhere on
 * the page, menus and footers included, to show that a check on highlights would see those outside the article.
 */
export function probeFigures(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = new Highlight();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template') || !/\d/.test(node.nodeValue ?? '')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      probe.add(range);
    }
    CSS.highlights.set('claimlens-probe', probe);
  });
}
