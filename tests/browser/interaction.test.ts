import { CARD_HOST_ATTRIBUTE, CARD_HOST_TAG } from '../../lib/page/card-host';
import { HIGHLIGHTS } from '../../lib/page/paint';
import { describe, expect, test } from 'vitest';
import {
  cardBox,
  cardText,
  cuePoint,
  highlightPoint,
  highlightRules,
  highlightTexts,
  textRects,
  waitForHighlights,
} from './pages';
import { useExtensionBrowser } from './fixture';

const fx = useExtensionBrowser();

describe('pages that change', () => {
  test('text added after load is highlighted, and removed text loses its highlight', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/000.html`);
    await waitForHighlights(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Regional officials said 250 drones were launched overnight, according to the air force.';
      document.querySelector('article')?.append(p);
    });
    await expect.poll(() => highlightTexts(page, 'claimlens-quantity'), { timeout: 5000 }).toContain('250');
    expect(await highlightTexts(page, 'claimlens-attribution')).toContain('250 drones were launched overnight');
    await page.evaluate(() => document.getElementById('late')?.remove());
    await expect.poll(() => highlightTexts(page, 'claimlens-quantity'), { timeout: 5000 }).not.toContain('250');
    await page.close();
  });
});

describe('the card', () => {
  test('hovering a statement’s cue shows its speaker, resolved from "she added"', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    // Statements show their cue and speaker, not a tint over all they say.
    const rules = await highlightRules(page);
    expect(rules['claimlens-attribution']).toBe('');
    expect(rules['claimlens-cue']).toContain('underline');
    expect(rules['claimlens-quantity']).toContain('background-color');
    expect(await highlightTexts(page, 'claimlens-cue')).toEqual(expect.arrayContaining(['she', 'added']));
    const point = await cuePoint(page, 'A portion of those soldiers');
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sabrina Singh');
    expect(await cardText(page)).toContain('added · quote');
    // How the speaker was found, shown under the statement (issue 19).
    expect(await cardText(page)).toContain('“she” → Sabrina Singh (by pronoun, named earlier in the article)');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  test('hovering a figure shows it normalised, in a card that covers none of its sentence', async () => {
    const page = await fx.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    const point = await highlightPoint(page, 'claimlens-quantity', 'more than 600,000');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('≥ 600,000 forces');
    const card = await cardBox(page);
    const sentence = await textRects(
      page,
      'Rutte added that more than 600,000 Russian forces have been killed or wounded since the February 2022 invasion of Ukraine.',
    );
    expect(card).not.toBeNull();
    expect(sentence.length).toBeGreaterThan(0);
    const overlaps = (r: (typeof sentence)[number]) =>
      card !== null && r.left < card.right && card.left < r.right && r.top < card.bottom && card.top < r.bottom;
    expect(sentence.filter(overlaps)).toEqual([]);
    await page.close();
  });

  test('the options page changes what the open article shows, at once', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    expect((await highlightRules(page))['claimlens-attribution']).toBe('');
    const options = await fx.browser.context.newPage();
    await options.goto(`chrome-extension://${fx.browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: /In full/ }).check();
    await expect
      .poll(() => highlightRules(page), { timeout: 5000 })
      .toMatchObject({
        'claimlens-attribution': expect.stringContaining('background-color'),
        'claimlens-cue': '',
      });
    // Figures turned off: no style, and hovering one opens no card (its statement shows by cue and speaker again).
    await options.getByRole('radio', { name: /cue and speaker/ }).check();
    await options.getByRole('checkbox', { name: /Figures/ }).uncheck();
    await expect.poll(() => highlightRules(page)).toMatchObject({ 'claimlens-quantity': '' });
    const point = await highlightPoint(page, 'claimlens-quantity', 'more than 600,000');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await page.waitForTimeout(500);
    expect(await cardText(page)).toBeNull();
    // Back on: the same hover opens it.
    await options.getByRole('checkbox', { name: /Figures/ }).check();
    await expect.poll(() => highlightRules(page)).toMatchObject({ 'claimlens-quantity': expect.stringContaining('background') });
    await page.mouse.move(0, 0);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('≥ 600,000 forces');
    await options.close();
    await page.close();
  });

  test('Alt+Shift+↓ opens the next claim from the keyboard, Escape closes it', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/004.html`);
    await waitForHighlights(page);
    // The headline holds no claim: the first is the Pentagon's, the second Ryder's.
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('almost three months ago');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => cardText(page)).toContain('≈ 2,000 troops');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => cardText(page)).toContain('almost three months ago');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  test('the page cannot reach into the card', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/001.html`);
    await waitForHighlights(page);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBeNull();
    const reach = await page.evaluate(
      ([tag, attribute]) => {
        const host = document.querySelector(tag);
        return {
          host: host !== null,
          shadow: host?.shadowRoot ?? null,
          hosts: document.querySelectorAll(`[${attribute}]`).length,
        };
      },
      [CARD_HOST_TAG, CARD_HOST_ATTRIBUTE] as const,
    );
    expect(reach).toEqual({ host: true, shadow: null, hosts: 1 });
    await page.close();
  });
});

describe('turning highlighting off for a site', () => {
  test('the stored switch removes the highlights at once and brings them back', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/002.html`);
    await waitForHighlights(page);
    const worker = fx.browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    type Chrome = { chrome: { storage: { local: { set: (items: object) => Promise<void> } } } };
    const setDisabled = (sites: string[]) =>
      worker.evaluate(
        (s) => (globalThis as unknown as Chrome).chrome.storage.local.set({ 'claimlens:settings': { disabledSites: s } }),
        sites,
      );
    // The setting is read at document_start by its own tiny script, declared next to the highlighter.
    const scripts = await worker.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest: () => { content_scripts: unknown[] } } } }
        ).chrome.runtime.getManifest().content_scripts,
    );
    expect(scripts).toContainEqual(expect.objectContaining({ js: ['early-setting.js'], run_at: 'document_start' }));
    await setDisabled(['127.0.0.1']);
    await expect.poll(() => page.evaluate((n) => CSS.highlights.has(n), HIGHLIGHTS.quantity)).toBe(false);
    await page.reload();
    await page.waitForTimeout(500);
    // The article was read while the setting came, but nothing of ours reached the page.
    expect(await page.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length])).toEqual([0, 0]);
    await setDisabled([]);
    await waitForHighlights(page);
    await page.close();
  });

  test('the popup explains itself when the tab is not an article', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`chrome-extension://${fx.browser.extensionId}/popup.html`);
    await expect.poll(() => page.textContent('body')).toContain('Open a news article');
    await page.close();
  });
});
