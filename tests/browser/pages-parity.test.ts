// The command line reads a saved page as the content script reads it in the browser: on every saved
// news page, `extract` finds the same figures and statements that the browser highlights.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { readArticle } from '../../scripts/read-article';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';
import { highlightTexts, waitForReading } from './pages';
import { useExtensionBrowser } from './fixture';
import { MARKUP_CASES, malformedPage } from '../malformed-page';

// A highlight's range keeps the page's soft hyphens; the article text leaves them out.
const normal = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const fx = useExtensionBrowser();

describe('CLI and browser read the same article', () => {
  test.each(PAGE_NAMES)('%s: extract gives the claims the content script highlights', async (name) => {
    const cli = extractClaims(readArticle(`${PAGES}/${name}/source.html`).text);
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/pages/${name}/`);
    await waitForReading(page);
    const quantities = await highlightTexts(page, 'claimlens-quantity');
    const attributions = (await highlightTexts(page, 'claimlens-attribution')).map(normal);
    await page.close();
    expect(quantities.length).toBeGreaterThan(0);
    console.log(`${name}: CLI ${cli.quantities.length} figures, browser ${quantities.length}`);
    expect(cli.quantities.map((q) => normal(q.text))).toEqual(quantities.map(normal));
    expect(cli.attributions.map((a) => normal(a.content))).toEqual(attributions);
  });
});

test('a page with malformed markup and bad links: the CLI reads what the browser reads', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimlens-malformed-')), 'malformed-page.html');
  writeFileSync(file, malformedPage());
  // Served in place of a saved page, so that the browser parses the same bytes.
  fx.site.edits.set('/pages/cnn/', () => readFileSync(file, 'utf8'));
  const cli = extractClaims(readArticle(file).text);
  const page = await fx.browser.context.newPage();
  await page.goto(`${fx.site.url}/pages/cnn/`);
  await waitForReading(page);
  const quantities = await highlightTexts(page, 'claimlens-quantity');
  const attributions = (await highlightTexts(page, 'claimlens-attribution')).map(normal);
  await page.close();
  fx.site.edits.delete('/pages/cnn/');
  expect(quantities.length).toBeGreaterThan(1);
  expect(cli.quantities.map((q) => normal(q.text))).toEqual(quantities.map(normal));
  expect(cli.attributions.map((a) => normal(a.content))).toEqual(attributions);
});

test.each(Object.entries(MARKUP_CASES))('%s: the CLI reads what the browser reads', async (_, html) => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimlens-markup-')), 'page.html');
  writeFileSync(file, html);
  fx.site.edits.set('/pages/cnn/', () => html);
  const cli = extractClaims(readArticle(file).text);
  const page = await fx.browser.context.newPage();
  await page.goto(`${fx.site.url}/pages/cnn/`);
  await waitForReading(page);
  const quantities = await highlightTexts(page, 'claimlens-quantity');
  await page.close();
  fx.site.edits.delete('/pages/cnn/');
  expect(cli.quantities.map((q) => normal(q.text))).toEqual(quantities.map(normal));
});
