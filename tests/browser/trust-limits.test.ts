// A page longer than ClaimLens reads: highlighted to the cap, and the popup says so.
import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

describe('very long pages', () => {
  test('a 1 MB article is highlighted to the cap, and the popup says it read only the beginning', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/generated/1mb.html`);
    await waitForHighlights(page, 60_000);
    await expect
      .poll(async () => (await highlightTexts(page, 'claimlens-quantity')).length, { timeout: 60_000 })
      .toBeGreaterThan(100);
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    await expect.poll(() => popup.textContent('body'), { timeout: 10_000 }).toContain('ClaimLens read only its beginning');
    await popup.close();

    // An ordinary article has no such notice (the popup lists its claims).
    const article = await fx.browser.context.newPage();
    await article.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(article);
    const other = await openPopup(fx, await newestTabId(fx.browser));
    await expect.poll(() => other.textContent('body'), { timeout: 10_000 }).toContain('Claims on this page');
    expect(await other.textContent('body')).not.toContain('read only its beginning');
    for (const p of [other, article, page]) await p.close();
  });
});
