import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { launchWithExtension } from '../../scripts/chromium';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';
import { highlightTexts, serialiseDom, waitForHighlights, waitForReading } from './pages';
import { useExtensionBrowser } from './fixture';

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

const fx = useExtensionBrowser();

describe('sample articles', () => {
  test.each(ARTICLE_IDS)('article %s: highlights are exactly the extractor’s spans', async (id) => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/${id}.html`);
    // The highlights are registered as soon as the site's setting allows, and filled as the background's
    // extraction comes back: what they hold is compared once they stop growing (a race under load).
    await waitForReading(page);
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
    await waitForReading(page);
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

describe('the page is styled once', () => {
  // A `::highlight()` rule applies to every element: adopted once the page was styled, our sheet made Chromium
  // restyle all of it (262-477 ms in one task on 100,000 nodes). It is adopted at document_start instead, and
  // the highlights are painted with that same sheet, not written again.
  test('our sheet is adopted before the page has finished parsing, and is the one that paints', async () => {
    const page = await fx.browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __sheetsAtParsed: CSSStyleSheet[] };
      document.addEventListener('DOMContentLoaded', () => (w.__sheetsAtParsed = [...document.adoptedStyleSheets]));
    });
    await page.goto(`${fx.site.url}/pages/bbc-1/`);
    await waitForHighlights(page);
    const sheets = await page.evaluate(() => {
      const early = (window as unknown as { __sheetsAtParsed: CSSStyleSheet[] }).__sheetsAtParsed;
      const now = document.adoptedStyleSheets;
      const text = (s: CSSStyleSheet | undefined) => [...(s?.cssRules ?? [])].map((r) => r.cssText).join('\n');
      return { early: early.length, now: now.length, same: now[0] === early[0], rules: text(now[0]) };
    });
    expect(sheets).toMatchObject({ early: 1, now: 1, same: true });
    expect(sheets.rules).toContain('::highlight(');
    await page.close();
  });
});
