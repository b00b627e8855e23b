import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { useExtensionBrowser } from './fixture';
import { CARD_HOST_TAG } from '../../lib/page/card-host';
import { cardText, highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

/** Counts the mouse and pointer events the browser delivers to a page (a keyboard-only run must see none). */
async function countMouseEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // A click that Enter or Space makes on a button has detail 0; a mouse click counts its presses from 1.
    const isMouse = (e: Event) => e.isTrusted && (e.type !== 'click' || (e as MouseEvent).detail > 0);
    const w = window as unknown as { mouseEvents: string[] };
    w.mouseEvents = [];
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointermove', 'mousemove', 'wheel']) {
      window.addEventListener(type, (e) => void (isMouse(e) && w.mouseEvents.push(type)), true);
    }
  });
}
const mouseEvents = (page: Page) => page.evaluate(() => (window as unknown as { mouseEvents: string[] }).mouseEvents);

/** What has focus: our card (its host, from the page's side) or the page's element. */
const focused = (page: Page) =>
  page.evaluate((tag) => {
    const el = document.activeElement;
    return el?.tagName === tag ? 'card' : (el?.outerHTML.slice(0, 60) ?? 'none');
  }, CARD_HOST_TAG.toUpperCase());

/** Presses Alt+Shift+↓ until the open card shows `text`. */
async function stepTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => cardText(page), { timeout: 3000 }).not.toBeNull();
    if ((await cardText(page))?.includes(text)) return;
  }
  throw new Error(`no claim with "${text}"`);
}

describe('keyboard only', () => {
  test('step to a claim, open its card, save it with a note and a tag, open the popup’s Compare view', async () => {
    const first = await fx.browser.context.newPage();
    await countMouseEvents(first);
    await first.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(first);
    const before = await focused(first);

    // Opening a card from the keyboard moves focus into it; Tab goes round inside it, never out to the page.
    await stepTo(first, '3,000 troops');
    expect(await focused(first)).toBe('card');
    for (let i = 0; i < 12; i++) await first.keyboard.press('Tab');
    expect(await focused(first)).toBe('card');
    for (let i = 0; i < 5; i++) await first.keyboard.press('Shift+Tab');
    expect(await focused(first)).toBe('card');

    // ? lists the keys; N and T open the note and tag fields; Ctrl+Enter saves.
    await first.keyboard.press('?');
    await expect.poll(() => cardText(first)).toContain('Open the library');
    await first.keyboard.press('?');
    await first.keyboard.press('n');
    await first.keyboard.type('Lower than the Pentagon figure');
    await first.keyboard.press('Tab');
    await first.keyboard.press('t');
    await first.keyboard.type('north korea');
    await first.keyboard.press('Control+Enter');
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('Saved');
    await expect.poll(() => highlightTexts(first, 'claimlens-saved')).toHaveLength(1);
    expect((await highlightTexts(first, 'claimlens-saved'))[0]).toContain('3,000 North Korean troops');

    // J and K step to the next claim and back, focus staying in the card: it shows the note and tag saved;
    // N opens the note to change, and Ctrl+Enter updates it.
    await first.keyboard.press('j');
    await expect.poll(() => cardText(first), { timeout: 3000 }).not.toContain('Lower than the Pentagon figure');
    expect(await focused(first)).toBe('card');
    await first.keyboard.press('k');
    await expect.poll(() => cardText(first), { timeout: 3000 }).toContain('Lower than the Pentagon figure');
    expect(await cardText(first)).toContain('north korea');
    await first.keyboard.press('n');
    await first.keyboard.press('End');
    await first.keyboard.type(' (AP)');
    await expect.poll(() => cardText(first)).toContain('Update');
    await first.keyboard.press('Control+Enter');
    await expect.poll(() => cardText(first), { timeout: 5000 }).toMatch(/Saved$/);
    expect(await highlightTexts(first, 'claimlens-saved')).toHaveLength(1);

    // Escape closes the card and gives focus back where it was.
    await first.keyboard.press('Escape');
    await expect.poll(() => cardText(first)).toBeNull();
    expect(await focused(first)).toBe(before);
    expect(await mouseEvents(first)).toEqual([]);

    // The popup lists it with its note and tag.
    const firstTab = await newestTabId(fx.browser);
    const popup = await fx.browser.context.newPage();
    await countMouseEvents(popup);
    await popup.goto(`chrome-extension://${fx.browser.extensionId}/popup.html?tab=${firstTab}`);
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('Saved here (1)');
    expect(await popup.locator('li.annotation .note').textContent()).toBe('Lower than the Pentagon figure (AP)');
    expect(await popup.getByRole('list', { name: 'Tags' }).textContent()).toBe('north korea');
    await popup.close();

    // Another article: the popup's Compare view lists its figure over the saved one, and shows it on the page.
    const second = await fx.browser.context.newPage();
    await countMouseEvents(second);
    await second.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(second);
    await expect.poll(() => highlightTexts(second, 'claimlens-differ'), { timeout: 5000 }).not.toEqual([]);
    const secondTab = await newestTabId(fx.browser);
    const compare = await fx.browser.context.newPage();
    await countMouseEvents(compare);
    await compare.goto(`chrome-extension://${fx.browser.extensionId}/popup.html?tab=${secondTab}`);
    await expect.poll(() => compare.textContent('body'), { timeout: 5000 }).toContain('Claims on this page');
    await compare.keyboard.press('Tab'); // the current tab, "This page": the tab list is one tab stop
    await compare.keyboard.press('ArrowRight');
    await expect.poll(() => compare.getByRole('tab', { selected: true }).textContent()).toBe('Compare');
    const list = compare.locator('.compare-list > li');
    await expect.poll(() => list.count(), { timeout: 5000 }).toBeGreaterThan(0);
    const firstFigure = (await list.first().locator('.on-page').textContent()) ?? '';
    expect(await list.first().locator('.match').first().textContent()).toMatch(/differs ×3\.3|agrees/);
    expect(await list.first().textContent()).toContain('Russian drones target Kyiv region'); // the saved figure's source
    // Tab to the first figure of this page, and Enter: the article scrolls to it and opens its card.
    while ((await compare.evaluate(() => document.activeElement?.className)) !== 'on-page') {
      await compare.keyboard.press('Tab');
    }
    await compare.keyboard.press('Enter');
    const figure = firstFigure.split(' ')[1] ?? '';
    await expect.poll(() => cardText(second), { timeout: 5000 }).toContain(figure);
    expect(await mouseEvents(compare)).toEqual([]);
    expect(await mouseEvents(second)).toEqual([]);
    await compare.close();
    await second.close();
    await first.close();
  });
});
