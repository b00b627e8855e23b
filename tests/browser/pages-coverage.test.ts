// Over every saved news page: are the article's figures highlighted, and do the highlights lie in the
// article (expected.html, Reader View's text of it)? Prints both figures per page.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';
import { parseHtml } from '../../scripts/parse-html';
import { type HighlightContext, highlightContexts, probeFigures, waitForReading } from './pages';
import { useExtensionBrowser } from './fixture';

// Whitespace and invisible marks (soft hyphens, zero-width spaces) differ between a page and Reader View's copy.
const normal = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** All the text of Reader View's copy, a blank line after each block: the reference, whatever our filters say. */
function readerText(body: HTMLElement): string {
  for (const el of body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, section, blockquote, pre, td, dd, dt, br')) {
    el.after(body.ownerDocument.createTextNode('\n\n'));
  }
  return body.textContent ?? '';
}

interface Row {
  name: string;
  figures: number;
  highlighted: number;
  inside: number;
  found: number;
}

const fx = useExtensionBrowser();
const rows: Row[] = [];

afterAll(() => {
  console.log('page          figures in article   highlights   in article   article figures highlighted');
  for (const r of rows) {
    const share = r.highlighted ? ((100 * r.inside) / r.highlighted).toFixed(1) : '-';
    console.log(
      `${r.name.padEnd(14)}${String(r.figures).padStart(18)}${String(r.highlighted).padStart(13)}${`${share}%`.padStart(13)}${`${r.found}/${r.figures}`.padStart(30)}`,
    );
  }
  const all = rows.reduce((n, r) => n + r.highlighted, 0);
  const inside = rows.reduce((n, r) => n + r.inside, 0);
  console.log(`all pages: ${inside}/${all} highlights in the article (${((100 * inside) / all).toFixed(1)}%)`);
});

describe('saved news pages', () => {
  test.each(PAGE_NAMES)('%s: figures highlighted, highlights in the article', async (name) => {
    const expectedDoc = parseHtml(readFileSync(`${PAGES}/${name}/expected.html`, 'utf8'));
    const article = normal(expectedDoc.body.textContent ?? '');
    const figures = extractClaims(readerText(expectedDoc.body)).quantities;
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.site.url}/pages/${name}/`);
    await waitForReading(page).catch(() => {});
    const contexts = [
      ...(await highlightContexts(page, 'claimlens-quantity')),
      ...(await highlightContexts(page, 'claimlens-attribution')),
    ];
    const quantities = new Set((await highlightContexts(page, 'claimlens-quantity')).map((c) => normal(c.text)));
    await probeFigures(page);
    const probes = await highlightContexts(page, 'claimlens-probe');
    await page.close();
    const isOutside = (c: HighlightContext) => !article.includes(normal(c.before + c.text + c.after));
    const outside = contexts.filter(isOutside);
    // The check sees figures outside the article: every saved page has some (dates in menus, counts in promos).
    expect(probes.filter(isOutside).length).toBeGreaterThan(0);
    const row = {
      name,
      figures: figures.length,
      highlighted: contexts.length,
      inside: contexts.length - outside.length,
      found: figures.filter((q) => quantities.has(normal(q.text))).length,
    };
    rows.push(row);
    for (const c of outside) console.log(`${name} outside: …${normal(c.before)}[${normal(c.text)}]${normal(c.after)}…`);
    if (figures.length >= 3) expect(row.highlighted).toBeGreaterThan(0);
    // Reader View keeps a few in-story promos ("Related: ..."), which ClaimLens leaves out on purpose.
    if (figures.length > 0) expect(row.found / figures.length).toBeGreaterThanOrEqual(0.85);
    if (row.highlighted > 0) expect(row.inside / row.highlighted).toBeGreaterThanOrEqual(0.98);
  });
});
