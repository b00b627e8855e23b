import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { launchWithExtension, newestTabId } from '../../scripts/chromium';
import { openPopup, useExtensionBrowser } from './fixture';
import { waitForHighlights } from './pages';

const fx = useExtensionBrowser();

type Downloads = {
  chrome: { downloads: { search: (q: object) => Promise<Array<{ filename: string; state: string; url: string }>> } };
};

/** The stored annotations of a profile, read from IndexedDB in one of its extension pages. */
function storedAnnotations(page: import('playwright-core').Page): Promise<Array<{ id: string; text: string; note: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('annotations').objectStore('annotations').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
}

describe('export and import', () => {
  test('export from the popup gives a file matching what is stored; imported into a fresh profile, it shows', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/articles/004.html`);
    await waitForHighlights(page);
    const popup = await openPopup(fx, await newestTabId(fx.browser));
    const saves = popup.locator('ul.claims button', { hasText: 'Save' });
    await expect.poll(() => saves.count(), { timeout: 5000 }).toBeGreaterThan(2);
    await saves.nth(1).click();
    await saves.nth(2).click();
    await expect.poll(() => popup.textContent('body'), { timeout: 5000 }).toContain('Saved here (2)');
    await popup.getByRole('button', { name: 'Add note or tags' }).first().click();
    await popup.getByLabel('Note').first().fill('Note with "quotes", commas, and\na new line 🇺🇦');
    await popup.getByLabel('Note').first().blur();

    await popup.getByRole('tab', { name: 'Saved' }).click();
    await popup.getByRole('button', { name: 'Export everything' }).click();
    await expect
      .poll(() => popup.textContent('body'), { timeout: 5000 })
      .toMatch(/Exported 2 annotations to claimlens-\d{4}-\d\d-\d\d\.jsonld/);
    const worker = fx.browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const download = async () => {
      const items = await worker.evaluate(() => (globalThis as unknown as Downloads).chrome.downloads.search({}));
      return items.find((d) => d.state === 'complete');
    };
    await expect.poll(download, { timeout: 10_000 }).toBeDefined();
    const file = (await download())?.filename as string;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const stored = await storedAnnotations(popup);
    expect(exported.total).toBe(2);
    const items = exported.first.items as Array<{
      id: string;
      target: { selector: Array<{ exact?: string }> };
      body: Array<{ value: string }>;
    }>;
    expect(items.map((i) => i.id).sort()).toEqual(stored.map((a) => `urn:uuid:${a.id}`).sort());
    for (const a of stored) {
      const item = items.find((i) => i.id === `urn:uuid:${a.id}`);
      expect(item?.target.selector[0]?.exact).toBe(a.text);
      if (a.note) expect(item?.body[0]?.value).toBe(a.note);
    }
    expect(stored.map((a) => a.note)).toContain('Note with "quotes", commas, and\na new line 🇺🇦');
    await popup.close();
    await page.close();

    // A fresh profile: the library previews the file, then imports it.
    const fresh = await launchWithExtension();
    try {
      const library = await fresh.context.newPage();
      await library.goto(`chrome-extension://${fresh.extensionId}/library.html`);
      await library.locator('input[type="file"]').setInputFiles(file);
      await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toContain('2 to add, 0 to update, 0 already saved');
      await library.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toContain('Imported 2 annotations.');
      await expect.poll(() => library.locator('li.annotation').count(), { timeout: 5000 }).toBe(2);
      const imported = await storedAnnotations(library);
      expect(imported.map((a) => [a.id, a.text, a.note]).sort()).toEqual(stored.map((a) => [a.id, a.text, a.note]).sort());
      // A broken file is refused with the reason, and changes nothing.
      await library.locator('input[type="file"]').setInputFiles({
        name: 'broken.jsonld',
        mimeType: 'application/ld+json',
        buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 500)),
      });
      await expect
        .poll(() => library.getByRole('alert').textContent(), { timeout: 5000 })
        .toMatch(/^Nothing imported: not JSON: /);
      expect((await storedAnnotations(library)).length).toBe(2);
    } finally {
      await fresh.close();
    }
  });
});
