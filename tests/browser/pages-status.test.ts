// The popup says what ClaimLens found on the page, and the toolbar badge shows the count; the reader who
// disagrees with the article found can have the whole page or the selection read.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { highlightTexts, waitForReading } from './pages';

const fx = useExtensionBrowser();

function badgeText(tabId: number): Promise<string> {
  const worker = fx.browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  type Action = { chrome: { action: { getBadgeText: (d: { tabId: number }) => Promise<string> } } };
  return worker.evaluate((id) => (globalThis as unknown as Action).chrome.action.getBadgeText({ tabId: id }), tabId);
}

const statusOf = (popup: Page) => popup.locator('.page-status [role=status]').textContent();

test('an article: found, counted in the popup and on the badge; then the whole page, then a selection', async () => {
  const page = await fx.browser.context.newPage();
  await page.goto(`${fx.site.url}/pages/salon-1/`);
  await waitForReading(page);
  const figures = (await highlightTexts(page, 'claimlens-quantity')).length;
  const statements = (await highlightTexts(page, 'claimlens-attribution')).length;
  const tabId = await newestTabId(fx.browser);
  const popup = await openPopup(fx, tabId);
  await expect
    .poll(() => statusOf(popup), { timeout: 5000 })
    .toBe(`Article found: ${figures} figures and ${statements} statements.`);
  const listed = /Claims on this page \((\d+)\)/.exec((await popup.textContent('body')) ?? '')?.[1];
  await expect.poll(() => badgeText(tabId), { timeout: 5000 }).toBe(listed);

  await popup.getByRole('button', { name: 'Find claims in the whole page' }).click();
  await expect.poll(() => statusOf(popup), { timeout: 10_000 }).toMatch(/^Read the whole page: \d+ figures/);
  const whole = (await highlightTexts(page, 'claimlens-quantity')).length;
  expect(whole).toBeGreaterThan(figures);
  expect(await statusOf(popup)).toContain(`${whole} figures`);

  // The paragraph with Uber's surge price, selected.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('a minimum of $100'));
    const range = document.createRange();
    range.selectNodeContents(p as Element);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await popup.getByRole('button', { name: 'Find claims in the selection' }).click();
  await expect.poll(() => statusOf(popup), { timeout: 10_000 }).toMatch(/^Read the selection: \d+ figure/);
  const selected = await highlightTexts(page, 'claimlens-quantity');
  expect(selected).toContain('a minimum of $100');
  expect(selected.length).toBeLessThan(figures);

  await popup.getByRole('button', { name: 'Back to the article' }).click();
  await expect
    .poll(() => statusOf(popup), { timeout: 10_000 })
    .toBe(`Article found: ${figures} figures and ${statements} statements.`);
  await popup.close();
  await page.close();
});

test('a page without an article says so, and the badge stays empty', async () => {
  fx.site.edits.set(
    '/pages/cnn/',
    () => '<!doctype html><title>Home</title><nav><a href="/">Top 10 stories</a></nav><p>Hello.</p>',
  );
  const page = await fx.browser.context.newPage();
  await page.goto(`${fx.site.url}/pages/cnn/`);
  await waitForReading(page);
  const tabId = await newestTabId(fx.browser);
  const popup = await openPopup(fx, tabId);
  await expect.poll(() => statusOf(popup), { timeout: 5000 }).toBe('No article found on this page: nothing is highlighted.');
  expect(await badgeText(tabId)).toBe('');
  fx.site.edits.delete('/pages/cnn/');
  await popup.close();
  await page.close();
});
