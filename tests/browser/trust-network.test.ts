// A full session of use (save, search, export, import, compare) against the built extension, counting
// every network request the extension makes: the page's own loads are the only traffic, and ours is zero.
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { cardText, clickCardButton, highlightPoint, highlightTexts, waitForHighlights } from './pages';
import { inContentScript } from './trust-attacker';

const fx = useExtensionBrowser();

type Downloads = {
  chrome: { downloads: { search: (q: object) => Promise<Array<{ filename: string; state: string }>> } };
};

describe('network', () => {
  test('a full session of use makes no network request of its own', async () => {
    const requests: Request[] = [];
    fx.browser.context.on('request', (r) => requests.push(r));
    // Ours: anything but the article documents the test itself opens, and the extension's own files.
    const ours = () =>
      requests
        .filter((r) => !r.url().startsWith('chrome-extension://'))
        .filter((r) => !(r.isNavigationRequest() && r.url().startsWith(`${fx.site.url}/articles/`)))
        .map((r) => `${r.method()} ${r.url()}`);

    const first = await fx.browser.context.newPage();
    await first.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(first);
    // The count can see requests from our script's world and from our background.
    await inContentScript(first, `fetch('${fx.site.url}/probe-content').catch(() => null)`);
    const worker = fx.browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await worker.evaluate((url) => fetch(url).catch(() => null), `${fx.site.url}/probe-background`);
    await expect.poll(() => ours().length, { timeout: 5000 }).toBe(2);
    requests.length = 0;

    // Save from the card, then compare on another article.
    const point = await highlightPoint(first, 'claimlens-quantity', '3,000');
    await first.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('3,000 troops');
    await clickCardButton(first, 'Save');
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('Saved');
    const second = await fx.browser.context.newPage();
    await second.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(second);
    await expect.poll(() => highlightTexts(second, 'claimlens-differ'), { timeout: 5000 }).not.toEqual([]);
    // Save from the popup.
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    const saves = popup.locator('ul.claims button', { hasText: 'Save' });
    await expect.poll(() => saves.count(), { timeout: 5000 }).toBeGreaterThan(1);
    await saves.nth(1).click();
    await popup.close();

    // Search, export and import again in the library.
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    await library.getByLabel('Search the library').fill('troops');
    await expect.poll(() => library.locator('li.annotation').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await library.getByLabel('Search the library').fill('');
    await library.getByRole('button', { name: 'Export everything' }).click();
    await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toMatch(/Exported \d+ annotations/);
    const download = async () =>
      (await worker.evaluate(() => (globalThis as unknown as Downloads).chrome.downloads.search({}))).find(
        (d) => d.state === 'complete',
      );
    await expect.poll(download, { timeout: 10_000 }).toBeDefined();
    const file = (await download())?.filename as string;
    await library.locator('input[type="file"]').setInputFiles({
      name: 'again.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(readFileSync(file, 'utf8')),
    });
    await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toContain('already saved');
    await first.reload();
    await waitForHighlights(first);
    await first.waitForTimeout(1000);

    expect(ours()).toEqual([]);
    for (const p of [first, second, library]) await p.close();
  });
});
