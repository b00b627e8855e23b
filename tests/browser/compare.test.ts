import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLAIMS } from '../../scripts/paths';
import { newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { cardText, clickCardButton, highlightPoint, highlightTexts, waitForHighlights } from './pages';

const fx = useExtensionBrowser();

describe('comparing with saved claims', () => {
  test('a figure saved from one article marks the same quantity in another as differing, and the card lists it', async () => {
    const first = await fx.browser.context.newPage();
    await first.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(first);
    const point = await highlightPoint(first, 'claimlens-quantity', '3,000');
    await first.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('3,000 troops');
    await clickCardButton(first, 'Save');
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('Saved');
    await first.close();

    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    // The Pentagon's 10,000 differs from the saved 3,000; NATO's 3,000 agrees with it.
    await expect
      .poll(() => highlightTexts(page, 'claimlens-differ'), { timeout: 5000 })
      .toEqual(['10,000', '10,000', 'about 10,000', 'around 10,000']);
    expect(await highlightTexts(page, 'claimlens-agree')).toEqual(['3,000']);
    // The site renders the article again with the same words: the markers follow the new nodes.
    await page.evaluate(() => {
      const article = document.querySelector('article') as HTMLElement;
      article.replaceChildren(...[...article.childNodes].map((node) => node.cloneNode(true)));
    });
    await page.waitForTimeout(1000);
    expect(await highlightTexts(page, 'claimlens-differ')).toEqual(['10,000', '10,000', 'about 10,000', 'around 10,000']);
    expect(await highlightTexts(page, 'claimlens-agree')).toEqual(['3,000']);

    const figure = await highlightPoint(page, 'claimlens-differ', 'about 10,000');
    await page.mouse.move(figure?.x ?? 0, figure?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Saved figures for North Korean troops in Russia');
    const card = (await cardText(page)) ?? '';
    expect(card).toContain('differs ×3.3');
    expect(card).toContain('3,000 troops');
    expect(card).toContain('Russian drones target Kyiv region');
    expect(card).toContain('same: North Korean troops in Russia (sent)');

    // The popup's Compare view says the same for the whole page.
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    await popup.getByRole('tab', { name: 'Compare' }).click();
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('differs ×3.3');
    expect(await popup.textContent('body')).toContain('agrees');
    await popup.close();

    // Saving the Pentagon's figure too makes a tracked figure in the library: 3,000, then 10,000.
    await page.mouse.move(figure?.x ?? 0, figure?.y ?? 0);
    await clickCardButton(page, 'Save');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Saved');
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html#tracked`);
    const caption = library.locator('figure.tracked figcaption');
    await expect
      .poll(() => caption.textContent(), { timeout: 5000 })
      .toBe('North Korean troops in Russia (sent) · 2 figures from 1 source');
    expect(await library.locator('figure.tracked svg circle').count()).toBe(2);
    expect(await library.locator('figure.tracked tbody td:nth-child(2)').allTextContents()).toEqual([
      '3,000 troops',
      '≈ 10,000 troops',
    ]);
    await library.close();
    await page.close();

    // A 2 MB article is read to the cap on work per page (MAX_ARTICLE_CHARS, a tenth of it): the figures of
    // that beginning are compared all the same.
    const long = await fx.browser.context.newPage();
    await long.goto(`${fx.site.url}/generated/2000kb.html`);
    await waitForHighlights(long);
    await expect
      .poll(async () => (await highlightTexts(long, 'claimlens-differ')).length, { timeout: 20_000 })
      .toBeGreaterThan(50);
    expect(await highlightTexts(long, 'claimlens-differ')).toContain('about 10,000');
    await long.close();
  });

  test('any story: a figure saved from one outlet’s report marks the same quantity in another’s, with the card’s reason', async () => {
    // Two real reports of the Kimani Gray shooting (compare-dev d32, d34), served in place of two sample articles.
    fx.site.edits.set('/articles/002.html', () => devPage('d32'));
    fx.site.edits.set('/articles/003.html', () => devPage('d34'));
    const first = await fx.browser.context.newPage();
    await first.goto(`${fx.site.url}/articles/002.html`);
    await waitForHighlights(first);
    const saved = await highlightPoint(first, 'claimlens-quantity', 'four');
    await first.mouse.move(saved?.x ?? 0, saved?.y ?? 0);
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('four bullets');
    await clickCardButton(first, 'Save');
    await expect.poll(() => cardText(first), { timeout: 5000 }).toContain('Saved');
    await first.close();

    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/003.html`);
    await waitForHighlights(page);
    await expect.poll(() => highlightTexts(page, 'claimlens-agree'), { timeout: 5000 }).toContain('four');
    const figure = await highlightPoint(page, 'claimlens-agree', 'four');
    await page.mouse.move(figure?.x ?? 0, figure?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('same: bullet');
    await page.close();
    fx.site.edits.clear();
  });
});

/** A compare-dev article laid out as a simple news page: its title line, then one paragraph per line. */
function devPage(id: string): string {
  const text = readFileSync(`${CLAIMS}/compare-dev/articles/${id}.txt`, 'utf8');
  const [title = '', ...paragraphs] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><article><h1>${escape(title)}</h1>\n${body}</article></main></body></html>`;
}
