import type { Page } from 'playwright-core';

export type HighlightName =
  'claimlens-quantity' | 'claimlens-attribution' | 'claimlens-saved' | 'claimlens-agree' | 'claimlens-differ' | 'claimlens-probe';

/** Waits until the content script has registered its highlights (or the time runs out, when a page has none). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('claimlens-quantity'), undefined, { timeout });
}

/** Waits until the content script has read the whole article: every piece extracted and painted. */
export async function waitForReading(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('claimlens:done').length > 0, undefined, { timeout });
}

/** The text of each range in one of our highlights, in the order registered. */
export function highlightTexts(page: Page, name: HighlightName): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

/** The page's DOM serialised, without our host element. */
export function serialiseDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[data-claimlens]')) el.remove();
    return copy.outerHTML;
  });
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
    if (node.nodeName === 'CLAIMLENS-UI') return node;
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

/** The centre of the first on-screen rectangle of the highlighted range whose text starts with `prefix`. */
export function highlightPoint(page: Page, name: HighlightName, prefix: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([n, p]) => {
      const range = [...(CSS.highlights.get(n) ?? [])].find((r) => (r as Range).toString().startsWith(p)) as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    },
    [name, prefix] as const,
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
    [name, around] as const,
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
