import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, type Chrome, useExtensionBrowser } from './fixture';
import { cardText, clickCardButton, highlightPoint, highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

describe('the popup', () => {
  test('lists the page’s claims and what was saved; a note is edited; a delete is undone', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/003.html`);
    await waitForHighlights(page);
    const point = await highlightPoint(page, 'claimlens-quantity', 'approximately 8,000');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('The Biden administration');
    await clickCardButton(page, 'Save');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Saved');

    const popup = await openPopup(fx, await newestTabId(fx.browser));
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('Saved here (1)');
    expect(await popup.textContent('body')).toContain('≈ 8,000 soldiers');
    // No empty note box until asked for: the item is compact.
    expect(await popup.getByLabel('Note').count()).toBe(0);
    await popup.getByRole('button', { name: 'Add note or tags' }).click();
    await popup.getByLabel('Note').fill('Compare with the GUR figure');
    await popup.getByLabel('Tags').fill('north korea, kursk');
    await popup.getByLabel('Tags').press('Enter');
    await expect.poll(() => popup.locator('li.annotation .note').textContent()).toBe('Compare with the GUR figure');
    expect(await popup.getByRole('list', { name: 'Tags' }).textContent()).toBe('north koreakursk');

    await popup.getByRole('tab', { name: 'Saved' }).click();
    await popup.getByLabel('Search saved annotations').fill('GUR figure');
    await expect.poll(() => popup.locator('li.annotation').count(), { timeout: 5000 }).toBe(1);
    await popup.getByLabel('Filter by tag').selectOption('kursk');
    await expect.poll(() => popup.locator('li.annotation').count()).toBe(1);

    await popup.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => popup.locator('li.annotation').count()).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('li.annotation').count()).toBe(1);
    await popup.close();

    // The library shows it under its site and page, searchable.
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    const section = library.getByRole('region', { name: '127.0.0.1' });
    await expect.poll(() => section.textContent(), { timeout: 5000 }).toContain('approximately 8,000 North Korean soldiers');
    expect((await section.locator('h3').allTextContents()).join(' ')).toContain(
      'Ukrainian President Volodymyr Zelenskyy has called on Western allies',
    );
    await library.getByLabel('Search the library').fill('no such words anywhere');
    await expect.poll(() => library.textContent('body')).toContain('Nothing saved matches.');
    await library.close();
    await page.close();
  });

  test('saves the reader’s selection by shortcut and by the context menu’s message', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/002.html`);
    await waitForHighlights(page);
    const select = (words: string) =>
      page.evaluate((w) => {
        const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.includes(w)) as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, words);
    await select('destroyed 14 Ukrainian aerial drones');
    await page.keyboard.press('Alt+Shift+KeyS');
    await expect.poll(() => highlightTexts(page, 'claimlens-saved'), { timeout: 5000 }).toHaveLength(1);
    expect((await highlightTexts(page, 'claimlens-saved'))[0]).toContain('destroyed 14 Ukrainian aerial drones');

    // What the context menu's click does: the background asks the tab to save the selection.
    await select('shot down 19 Russian drones');
    const id = await newestTabId(fx.browser);
    const worker = fx.browser.context.serviceWorkers()[0];
    await worker?.evaluate(
      (t) => (globalThis as unknown as Chrome).chrome.tabs.sendMessage(t, { claimlensTab: 'saveSelection' }),
      id,
    );
    await expect.poll(() => highlightTexts(page, 'claimlens-saved'), { timeout: 5000 }).toHaveLength(2);

    const popup = await openPopup(fx, id);
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('Saved here (2)');
    expect(await popup.textContent('body')).toContain('19 drones');
    await popup.close();
    await page.close();
  });
});
