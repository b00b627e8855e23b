import type { Page } from 'playwright-core';
import { HIGHLIGHTS } from '../../lib/page/paint';

export type HighlightName =
  'claimlens-quantity' | 'claimlens-attribution' | 'claimlens-cue' | 'claimlens-saved' | 'claimlens-agree' | 'claimlens-differ';

/** The name each of our highlights has in the page (they do not name the product there). */
export const IN_PAGE: Record<HighlightName, string> = {
  'claimlens-quantity': HIGHLIGHTS.quantity,
  'claimlens-attribution': HIGHLIGHTS.attribution,
  'claimlens-cue': HIGHLIGHTS.cue,
  'claimlens-saved': HIGHLIGHTS.saved,
  'claimlens-agree': HIGHLIGHTS.agree,
  'claimlens-differ': HIGHLIGHTS.differ,
};

/** Waits until the content script has registered its highlights (or the time runs out, when a page has none). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((n) => CSS.highlights.has(n), HIGHLIGHTS.quantity, { timeout });
}

/** The text of each range in one of our highlights, in the order registered. */
export function highlightTexts(page: Page, name: HighlightName): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), IN_PAGE[name]);
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
