import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './fixture';
import { IN_PAGE, waitForReading } from './pages';

// In Chromium our highlight rules are set on the root element alone, and every element's highlight inherits them
// (forThisBrowser in lib/page/paint.ts): rules on every element slowed the page's own styling of 100,000 nodes.
// This checks that the two forms paint the same pixels where the highlighted text lies in elements nested below
// the root (paragraphs, links, emphasis), and that the pixels compared do show our highlights.

const fx = useExtensionBrowser();

/** The box around the first highlighted figures and cues in view, scrolled to the first figure. */
async function highlightedBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(
    ([figure, cue]) => {
      const ranges = [figure, cue].flatMap((n) => [...(CSS.highlights.get(n) ?? [])] as Range[]);
      ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'start' });
      const rects = ranges.flatMap((r) => [...r.getClientRects()]).filter((r) => r.bottom > 0 && r.top < innerHeight);
      const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - 4);
      const bottom = Math.min(innerHeight, Math.max(...rects.map((r) => r.bottom)) + 4);
      return { x: 0, y: top, width: innerWidth, height: bottom - top };
    },
    [IN_PAGE['claimlens-quantity'], IN_PAGE['claimlens-cue']] as const,
  );
}

/** Rewrites our adopted sheet's rules from the page's own world (which can reach the sheet, not our code). */
function rewriteRules(page: Page, form: 'every element' | 'none'): Promise<void> {
  return page.evaluate((f) => {
    for (const sheet of document.adoptedStyleSheets) {
      const rules = [...sheet.cssRules].map((r) => r.cssText);
      if (!rules.some((r) => r.includes('::highlight('))) continue;
      sheet.replaceSync(f === 'none' ? '' : rules.map((r) => r.replace(/^:root::highlight\(/, '::highlight(')).join('\n'));
    }
  }, form);
}

describe('highlight rules on the root element', () => {
  test.each(['/articles/001.html', '/pages/bbc-1/', '/pages/guardian-1/'])(
    '%s: paint as the same rules on every element do',
    async (path) => {
      const page = await fx.browser.context.newPage();
      await page.goto(`${fx.site.url}${path}`);
      await waitForReading(page);
      const rules = await page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .filter((r) => r.includes('::highlight(')),
      );
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.startsWith(':root::highlight(')).toBe(true);

      const clip = await highlightedBox(page);
      expect(clip.height).toBeGreaterThan(10);
      const onRoot = await page.screenshot({ clip });
      await rewriteRules(page, 'every element');
      const onEveryElement = await page.screenshot({ clip });
      await rewriteRules(page, 'none');
      const unstyled = await page.screenshot({ clip });

      expect(onRoot.equals(unstyled)).toBe(false);
      expect(onRoot.equals(onEveryElement)).toBe(true);
      await page.close();
    },
  );
});
