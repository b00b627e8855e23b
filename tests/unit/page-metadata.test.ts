import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageAddress, pageMetadata, publishedAtOf } from '@/lib/page/metadata';
import { parseHtml } from '../../scripts/parse-html';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';

// Comparing a page's figures reads only its address and date, without pageMetadata's searches for a title
// and a byline (each search that finds nothing walks the whole page): the same answers on every saved page.
describe('what comparing needs of a page', () => {
  const pages = PAGE_NAMES.map((name) => [name, parseHtml(readFileSync(`${PAGES}/${name}/source.html`, 'utf8'))] as const);

  test.each(pages)('%s: the date and address are those of the full metadata', (_name, doc) => {
    const full = pageMetadata(doc, 'https://example.com/story');
    expect(publishedAtOf(doc)).toBe(full.publishedAt);
    expect(pageAddress(doc, 'https://example.com/story')).toEqual({ url: full.url, canonical: full.canonical });
  });

  test('most saved pages give a date, from a meta tag, JSON-LD or a <time>', () => {
    expect(pages.filter(([, doc]) => publishedAtOf(doc) !== null).length).toBeGreaterThanOrEqual(pages.length / 2);
  });
});
