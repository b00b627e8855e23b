import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { launchWithExtension } from '../../scripts/chromium';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';
import { highlightTexts, serialiseDom, waitForHighlights } from './pages';
import { useExtensionBrowser } from './fixture';

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

const fx = useExtensionBrowser();

describe('sample articles', () => {
  test.each(ARTICLE_IDS)('article %s: highlights are exactly the extractor’s spans', async (id) => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/${id}.html`);
    await waitForHighlights(page);
    const expected = extractClaims(readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8'));
    expect(await highlightTexts(page, 'claimlens-quantity')).toEqual(expected.quantities.map((q) => q.text));
    expect((await highlightTexts(page, 'claimlens-attribution')).map(normal)).toEqual(
      expected.attributions.map((a) => normal(a.content)),
    );
    await page.close();
  });

  test('menus, related stories, comments and footer are not highlighted', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(page);
    const texts = await highlightTexts(page, 'claimlens-quantity');
    for (const outside of ['10', '24', '3,000 drones', '12', '14', '40', '2 million']) {
      expect(texts.filter((t) => t === outside || t.endsWith(` ${outside}`)).length).toBeLessThanOrEqual(
        extractClaims(readFileSync(`${CLAIMS}/articles/000.txt`, 'utf8')).quantities.filter((q) => q.text === outside).length,
      );
    }
    await page.close();
  });
});

describe('the page is left as it was', () => {
  test.each(['/articles/001.html', '/pages/bbc-1/', '/pages/telegraph/'])(
    '%s: DOM equals the DOM without ClaimLens',
    async (path) => {
      const plain = await launchWithExtension({ extension: false });
      const bare = await plain.context.newPage();
      await bare.goto(`${fx.site.url}${path}`);
      const before = await serialiseDom(bare);
      await plain.close();

      const page = await fx.browser.context.newPage();
      await page.goto(`${fx.site.url}${path}`);
      await waitForHighlights(page);
      expect(await serialiseDom(page)).toBe(before);
      await page.close();
    },
  );
});
