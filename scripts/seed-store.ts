// Fills a profile's ClaimLens database with annotations made from the sample articles' real claims, for the
// benchmarks: written with IndexedDB directly (much faster than one save at a time), shaped as the store makes them.
import { readFileSync } from 'node:fs';
import { extractClaims } from '../lib/claims/extract';
import { claimInput } from '../lib/store/claim-input';
import { timeOrderedId, withDerived } from '../lib/store/annotations';
import { savedFigures } from '../lib/store/compare';
import type { Annotation } from '../lib/store/types';
import type { ExtensionBrowser } from './chromium';
import { ARTICLE_IDS, CLAIMS } from './paths';

// Real claims from the sample articles, with what their figures count, as the store derives it.
const templates = ARTICLE_IDS.flatMap((id) => {
  const text = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
  return extractClaims(text).claims.map((c) =>
    withDerived({
      id: '',
      pageId: '',
      ...claimInput(text, c),
      createdAt: 0,
      updatedAt: 0,
    }),
  );
});

/** Seeds `count` annotations over 1,000 pages, unless the profile already holds that many; says what it did. */
export async function seedStore(browser: ExtensionBrowser, count: number): Promise<string> {
  // Time-ordered ids and figures, as the store makes them: annotation i was saved at i ms on page i % 1000.
  const ids = Array.from({ length: count }, (_, i) => timeOrderedId(i));
  const figures = ids.map((id, i) => {
    const pageId = `https://news.example/${i % 1000}`;
    const annotation = { ...(templates[i % templates.length] as Annotation), id, pageId, createdAt: i, updatedAt: i };
    const page = { url: pageId, title: `Story ${i % 1000}`, site: `site${i % 20}.example`, publishedAt: null };
    return savedFigures(annotation, page);
  });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForFunction(() => document.querySelector('main') !== null);

  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onsuccess = () => {
          const count = open.result.transaction('annotations').objectStore('annotations').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const seeded = performance.now();
  if (stored !== count)
    await page.evaluate(
      async ({ templates, count, ids, figures }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('claimlens');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tags = ['ukraine', 'north-korea', 'drones', 'casualties', 'kursk', 'pentagon', 'nato', 'russia'];
        const batch = 10_000;
        for (let from = 0; from < count; from += batch) {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(['pages', 'annotations', 'figures'], 'readwrite');
            for (let i = from; i < Math.min(count, from + batch); i++) {
              const t = templates[i % templates.length] as (typeof templates)[number];
              const pageId = `https://news.example/${i % 1000}`;
              if (i < 1000) {
                tx.objectStore('pages').put({
                  id: pageId,
                  url: pageId,
                  title: `Story ${i}`,
                  site: `site${i % 20}.example`,
                  byline: null,
                  publishedAt: null,
                  firstVisit: i,
                  lastVisit: i,
                });
              }
              for (const figure of figures[i] ?? []) tx.objectStore('figures').put(figure);
              tx.objectStore('annotations').put({
                ...t,
                id: ids[i],
                pageId,
                kind: 'claim',
                note: `note ${i}`,
                tags: [tags[i % tags.length], tags[(i * 7) % tags.length]],
                // As searchWords() makes them: the distinct words of text, note, tags, speakers and title.
                words: [
                  ...new Set(
                    [
                      t.text,
                      `note ${i}`,
                      tags[i % tags.length],
                      tags[(i * 7) % tags.length],
                      ...t.attributions.map((a) => a.speaker),
                      `Story ${i % 1000}`,
                      `site${i % 20}.example`,
                    ]
                      .join(' ')
                      .toLowerCase()
                      .match(/[\p{L}\p{N}]+/gu) ?? [],
                  ),
                ],
                createdAt: i,
                updatedAt: i,
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        db.close();
      },
      { templates, count, ids, figures },
    );
  const seconds = ((performance.now() - seeded) / 1000).toFixed(1);

  // The library page shares the popup's process: closed, so that it does not slow the popup down.
  await page.close();
  return stored === count ? `${count} annotations already stored` : `seeded ${count} annotations in ${seconds} s`;
}
