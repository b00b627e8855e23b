import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openCardHarness } from './card-harness';
import { useExtensionBrowser } from './fixture';
import { waitForHighlights } from './pages';

const fx = useExtensionBrowser();
const SCHEMES = ['light', 'dark'] as const;

/** axe's violations on the page as it is, in both colour schemes: "rule: target" lines, none expected. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations: v, passes } = await new AxeBuilder({ page }).analyze();
    // The colour contrast check ran on this page's text (passed or failed).
    expect([...passes, ...v].map((p) => p.id)).toContain('color-contrast');
    for (const rule of v)
      for (const node of rule.nodes) found.push(`${scheme} ${rule.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`);
  }
  return found;
}

/** Saves a claim of an article from the popup's list, and returns the popup. */
async function popupWithSaved(path: string, words: string): Promise<Page> {
  const article = await fx.browser.context.newPage();
  await article.goto(`${fx.site.url}${path}`);
  await waitForHighlights(article);
  const id = await newestTabId(fx.browser);
  const popup = await fx.browser.context.newPage();
  await popup.goto(`chrome-extension://${fx.browser.extensionId}/popup.html?tab=${id}`);
  const item = popup.locator('ul.claims li', { hasText: words });
  await item.getByRole('button', { name: 'Save' }).click();
  await item.getByRole('button', { name: 'Saved' }).waitFor();
  return popup;
}

describe('accessibility (axe, light and dark)', () => {
  test('the check sees a violation where there is one', async () => {
    const page = await fx.browser.context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><p style="color:#bbb;background:#fff">faint</p><button></button></main></body></html>',
    );
    const found = await violations(page);
    expect(found.some((v) => v.startsWith('light color-contrast'))).toBe(true);
    expect(found.some((v) => v.startsWith('dark button-name'))).toBe(true);
    await page.close();
  });

  test('the claim card, opened, with its note, tags and shortcuts shown', async () => {
    const page = await openCardHarness(fx.browser.context);
    await page.keyboard.press('n');
    await page.keyboard.type('A note');
    await page.keyboard.press('Tab');
    await page.keyboard.press('t');
    await page.keyboard.press('Tab');
    await page.keyboard.press('?');
    // All three opened inside the card (its text is in an open shadow root here).
    const text = await page.evaluate(() => document.querySelector('div')?.shadowRoot?.textContent ?? '');
    expect(text).toContain('Keyboard shortcuts');
    expect(text).toContain('kursk');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('the popup’s three views, the library’s two and the options page', async () => {
    (await popupWithSaved('/articles/000.html', '3,000 North Korean troops were dispatched')).close();
    const popup = await popupWithSaved('/articles/001.html', 'The Pentagon says North Korea has sent about 10,000');
    await popup.getByRole('button', { name: 'Add note or tags' }).click();
    await popup.getByLabel('Note').fill('Triples last week’s estimate');
    await popup.getByLabel('Tags').fill('k');
    expect(await violations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Compare' }).click();
    await popup.getByText('differs').first().waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: 'Saved' }).click();
    await popup.locator('li.annotation').first().waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();

    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    await library.locator('li.annotation').first().waitFor();
    expect(await violations(library)).toEqual([]);
    // An open library follows a link to #tracked.
    await library.evaluate(() => (location.hash = '#tracked'));
    await library.locator('figure.tracked').first().waitFor();
    expect(await library.getByRole('tab', { selected: true }).textContent()).toBe('Tracked figures');
    expect(await violations(library)).toEqual([]);
    await library.close();

    const options = await fx.browser.context.newPage();
    await options.goto(`chrome-extension://${fx.browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
