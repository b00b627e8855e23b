import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { cardText, clickCardButton, highlightPoint, highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

const UPDATED = 'The United States said Wednesday that 3,000 North Korean troops';
const DELETED =
  'In the Mykolaiv region in southern Ukraine, Governor Vitalii Kim said on Telegram the military shot down three Russian drones.';

describe('saved claims on an article the site has edited since', () => {
  test('the updated claim is highlighted where it now is and says old → new; the deleted one is listed as no longer in the article, in the popup and the library', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(page);
    // Save two claims from their cards.
    for (const figure of ['3,000', 'three']) {
      const point = await highlightPoint(page, 'claimlens-quantity', figure);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(figure === 'three' ? 'Vitalii Kim' : 'North Korean');
      await clickCardButton(page, 'Save');
      await expect.poll(() => cardText(page), { timeout: 5000 }).toMatch(/Saved$/);
      await page.keyboard.press('Escape');
    }
    await expect.poll(() => highlightTexts(page, 'claimlens-saved'), { timeout: 5000 }).toHaveLength(2);

    // The editors update the figure, add a paragraph at the top and take the Mykolaiv sentence out.
    fx.site.edits.set('/articles/000.html', (html) =>
      html
        .replace('<h1>', '<p>Updated at 14:05 with new figures from the Pentagon briefing and 2 more regions.</p><h1>')
        .replace('that 3,000 North Korean troops', 'that 3,543 North Korean troops')
        .replace(`<p>${DELETED}</p>`, ''),
    );
    await page.reload();
    await waitForHighlights(page);
    expect(await page.textContent('article')).not.toContain('Mykolaiv');

    // Only the updated sentence is highlighted as saved, on its new text; the deleted one is nowhere.
    await expect.poll(() => highlightTexts(page, 'claimlens-saved'), { timeout: 5000 }).toHaveLength(1);
    const [highlighted] = await highlightTexts(page, 'claimlens-saved');
    expect(highlighted).toContain(UPDATED.replace('3,000', '3,543'));

    // Its card says what changed.
    const point = await highlightPoint(page, 'claimlens-quantity', '3,543');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Updated since you saved: 3,000 → 3,543');

    // The popup lists the deleted claim with its saved text, as no longer in the article, and the update.
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('No longer in the article');
    const body = (await popup.textContent('body')) ?? '';
    expect(body).toContain(DELETED);
    expect(body).toContain('Updated since you saved: 3,000 → 3,543');
    await popup.close();

    // The library, away from the page, lists both the same way (the tab reported them to the store).
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toContain('No longer in the article');
    const shelf = (await library.textContent('body')) ?? '';
    expect(shelf).toContain(DELETED);
    expect(shelf).toContain('Updated since you saved: 3,000 → 3,543');

    // The tracked figures: the new value joins the saved one's timeline as an update over time (issue 25).
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html#tracked`);
    const rows = library.locator('figure.tracked tbody td:nth-child(2)');
    await expect.poll(() => rows.allTextContents(), { timeout: 5000 }).toHaveLength(2);
    const figures = await rows.allTextContents();
    expect(figures[0]).toContain('3,000');
    expect(figures[1]).toContain('3,543');
    expect(figures[1]).toContain('updated from 3,000');
    expect(await library.locator('figure.tracked svg circle.update').count()).toBe(1);
    await library.close();
    fx.site.edits.clear();
    await page.close();
  });
});
