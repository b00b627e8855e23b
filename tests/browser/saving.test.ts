import { describe, expect, test } from 'vitest';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { cardText, clickCardButton, highlightPoint, highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

describe('saving a claim', () => {
  test('saved from the card, it is highlighted as saved, and found again after a reload and an edit above it', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    const point = await highlightPoint(page, 'claimlens-quantity', 'around 10,000');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sabrina Singh');
    await clickCardButton(page, 'Save');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Saved');
    const savedSentence = (texts: string[]) =>
      texts.some((t) => t.includes('We believe that the DPRK has sent around 10,000 soldiers'));
    await expect.poll(async () => savedSentence(await highlightTexts(page, 'claimlens-saved')), { timeout: 5000 }).toBe(true);

    await page.reload();
    await waitForHighlights(page);
    await expect.poll(async () => savedSentence(await highlightTexts(page, 'claimlens-saved')), { timeout: 5000 }).toBe(true);

    // The site's editors insert a paragraph above the saved sentence.
    fx.site.edits.set('/articles/001.html', (html) =>
      html.replace(
        '<h1>',
        '<p>Editor’s note: this story was updated on Tuesday with 2 new paragraphs from the briefing.</p><h1>',
      ),
    );
    await page.reload();
    await waitForHighlights(page);
    await expect.poll(async () => savedSentence(await highlightTexts(page, 'claimlens-saved')), { timeout: 5000 }).toBe(true);
    expect(await highlightTexts(page, 'claimlens-saved')).toHaveLength(1);

    // Then they cut that paragraph: the annotation is kept and shown as not found, not dropped.
    fx.site.edits.set('/articles/001.html', (html) => html.replace(/<p>(&quot;|")We believe that the DPRK[^\n]*<\/p>/, ''));
    await page.reload();
    await waitForHighlights(page);
    await expect.poll(() => highlightTexts(page, 'claimlens-saved'), { timeout: 5000 }).toHaveLength(0);
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('No longer in the article');
    expect(await popup.textContent('body')).toContain('We believe that the DPRK has sent around 10,000 soldiers');
    await popup.close();
    fx.site.edits.clear();
    await page.close();
  });
});
