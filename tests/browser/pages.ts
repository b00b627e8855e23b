import type { Page } from 'playwright-core';

export type HighlightName = 'claimlens-quantity' | 'claimlens-attribution' | 'claimlens-saved';

/** Waits until the content script has registered its highlights (or the time runs out, when a page has none). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('claimlens-quantity'), undefined, { timeout });
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
