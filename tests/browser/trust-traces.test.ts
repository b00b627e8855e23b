// What any page can read about its reader's extensions: its performance timeline, the names in
// CSS.highlights, its own globals and its DOM (our card's host included). None of it may name ClaimLens.
import { describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './fixture';
import { cardText, waitForHighlights } from './pages';
import { inContentScript } from './trust-attacker';

const fx = useExtensionBrowser();

describe('the page cannot see us', () => {
  test('no timeline entry, highlight name or global of the page names the product', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    // The checks can see what they look for: a mark made in our script's world reaches the page's timeline,
    // and the page lists our highlights.
    await inContentScript(page, `performance.mark('probe-from-content-script')`);
    const seen = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      highlights: [...CSS.highlights.keys()],
    }));
    expect(seen.marks).toContain('probe-from-content-script');
    expect(seen.highlights.length).toBeGreaterThan(0);

    // What a site would look for once everything of ours has run (comparison included), with a card open:
    // its host element is then in the page's DOM, which the page's scripts can list.
    await page.waitForTimeout(1500);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBeNull();
    const elements = await page.evaluate(() => [...document.querySelectorAll('*')].map((el) => el.outerHTML.slice(0, 40)));
    expect(elements.filter((html) => html.startsWith('<x5c1e-ui'))).toHaveLength(1);
    const traces = await page.evaluate(() => ({
      timeline: performance
        .getEntries()
        .map((e) => e.name)
        .filter((n) => /claimlens/i.test(n)),
      highlights: [...CSS.highlights.keys()].filter((n) => /claimlens/i.test(n)),
      globals: Object.getOwnPropertyNames(window).filter((n) => /claimlens/i.test(n)),
      attributes: document.documentElement.outerHTML.match(/claimlens/gi) ?? [],
    }));
    expect(traces).toEqual({ timeline: [], highlights: [], globals: [], attributes: [] });
    await page.close();
  });
});
