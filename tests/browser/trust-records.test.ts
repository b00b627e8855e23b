// A crafted import file, and a damaged record already stored, against the built extension's library page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './fixture';
import { waitForHighlights } from './pages';
import { forgedRequest, pageData, selection, storedRecords } from './trust-attacker';

const fx = useExtensionBrowser();

interface Stored {
  id: string;
  text: string;
  createdAt: number;
}

/** Changes a stored annotation in place, as a damaged or hostile record would be. */
function damage(library: Page, id: string, changes: object): Promise<void> {
  return library.evaluate(
    ([key, fields]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onsuccess = () => {
          const store = open.result.transaction('annotations', 'readwrite').objectStore('annotations');
          const read = store.get(key);
          read.onsuccess = () => {
            store.put({ ...read.result, ...fields }).onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        };
        open.onerror = () => reject(open.error);
      }),
    [id, changes] as const,
  );
}

async function saveOne(text: string): Promise<Stored> {
  const article = await fx.browser.context.newPage();
  const url = `${fx.site.url}/articles/002.html`;
  await article.goto(url);
  await waitForHighlights(article);
  const reply = await forgedRequest(article, 'save', { page: pageData(url), annotation: selection(text) });
  await article.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Stored;
}

const PAGE = {
  id: 'https://news.example/world/1',
  url: 'https://news.example/world/1',
  title: 'A story',
  site: 'news.example',
  byline: null,
  publishedAt: null,
  firstVisit: 1_700_000_000_000,
  lastVisit: 1_700_000_000_000,
};

/** A ClaimLens export of one annotation whose creation date is `created` (ms). */
function exportFile(created: number): Buffer {
  const item = {
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: 'highlighting',
    body: [],
    target: {
      source: PAGE.url,
      selector: [
        { type: 'TextQuoteSelector', exact: 'about 10,000 troops', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 19 },
      ],
    },
    'claimlens:claim': {
      kind: 'selection',
      quantities: [],
      attributions: [],
      context: '',
      created,
      modified: 1_700_000_000_000,
      page: PAGE,
    },
  };
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { claimlens: 'https://claimlens.invalid/ns#' }],
    type: 'AnnotationCollection',
    total: 1,
    first: { type: 'AnnotationPage', startIndex: 0, items: [item] },
  };
  return Buffer.from(JSON.stringify(collection));
}

describe('records that could break the library', () => {
  test('an import file dated in the year 318,857 is refused with the reason, and nothing is written', async () => {
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    const before = await storedRecords<Stored>(library, 'annotations');
    const file = (created: number) => ({ name: 'crafted.jsonld', mimeType: 'application/ld+json', buffer: exportFile(created) });
    await library.locator('input[type="file"]').setInputFiles(file(1e16));
    await expect
      .poll(() => library.getByRole('alert').textContent(), { timeout: 5000 })
      .toMatch(/^Nothing imported: item 1 \(urn:uuid:[\da-f-]+\): claimlens:claim\.created: must be a date before 2100$/);
    expect(await storedRecords<Stored>(library, 'annotations')).toEqual(before);
    // The same file with a possible date is accepted: the refusal was the date's.
    await library.locator('input[type="file"]').setInputFiles(file(1_700_000_000_000));
    await expect.poll(() => library.textContent('body'), { timeout: 5000 }).toContain('1 to add, 0 to update');
    await library.close();
  });

  test('a damaged stored record does not stop an export: it is left out, reported and repaired', async () => {
    const good = await saveOne('about 2,000 soldiers');
    const bad = await saveOne('more than 600,000');
    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    await damage(library, bad.id, { createdAt: 1e16 });
    const total = (await storedRecords<Stored>(library, 'annotations')).length;
    await library.getByRole('button', { name: 'Export everything' }).click();
    await expect
      .poll(() => library.getByRole('status').allTextContents(), { timeout: 10_000 })
      .toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^Exported ${total - 1} annotations to claimlens-.*\\. 1 damaged left out; the library repaired 1 .* removed 0\\.$`,
          ),
        ),
      );
    const stored = await storedRecords<Stored>(library, 'annotations');
    expect(stored.find((a) => a.id === bad.id)?.createdAt).toBeLessThan(Date.UTC(2100, 0, 1));
    expect(stored.find((a) => a.id === good.id)).toMatchObject({ createdAt: good.createdAt });
    await library.close();
  });
});
