// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { MAX_ARTICLE_CHARS, PageHighlighter } from '@/lib/page/highlighter';
import { findArticleRoot, isSkipped } from '@/lib/page/article';
import { buildTextMap, textOffsetsToRange } from '@/lib/page/text-map';
import { oneTextNode } from '../../scripts/hostile-pages';
import { hugePage, samplePage } from '../../scripts/sample-site';

describe('the cap on work per page', () => {
  let highlighter: PageHighlighter | null = null;
  afterEach(() => highlighter?.stop());

  test('one 5 MB text node is read to the cap, and its offsets still map to the node', () => {
    document.documentElement.innerHTML = oneTextNode(5_000_000);
    const article = document.querySelector('article') as Element;
    const node = (article.querySelector('p') as Element).firstChild as Text;
    expect(node.data.length).toBeGreaterThan(4_900_000);
    const map = buildTextMap(article, isSkipped, MAX_ARTICLE_CHARS);
    expect(map.complete).toBe(false);
    expect(map.text.length).toBe(MAX_ARTICLE_CHARS);
    const at = map.text.lastIndexOf('troops');
    const range = textOffsetsToRange(map, at, at + 6, document);
    expect(range?.toString()).toBe('troops');
    expect(range?.startContainer).toBe(node);
    // Without a cap, all of it.
    expect(buildTextMap(article).complete).toBe(true);
  });

  test('a 1 MB article is read to the cap and says so; an ordinary one is read whole', async () => {
    document.documentElement.innerHTML = hugePage(1_000_000);
    highlighter = new PageHighlighter(document, extractClaims);
    await highlighter.refresh();
    expect(highlighter.capped).toBe(true);
    expect(highlighter.claims?.map.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(highlighter.claims?.extraction.quantities.length).toBeGreaterThan(100);
    highlighter.stop();

    document.documentElement.innerHTML = samplePage('001');
    highlighter = new PageHighlighter(document, extractClaims);
    await highlighter.refresh();
    expect(highlighter.capped).toBe(false);
    expect(highlighter.claims?.map.text).toContain('Sabrina Singh');
  });
});

describe('a deeply nested page', () => {
  // A div per level, a paragraph in each (scripts/hostile-pages.ts builds the same in Chromium): reading
  // every block's whole text, or asking each paragraph's box whether the article contains it, was quadratic.
  const nest = (depth: number) => {
    document.documentElement.innerHTML = '<body><article><h1>Deep</h1><div id="nested"></div></article></body>';
    let parent = document.querySelector('#nested') as Element;
    for (let i = 0; i < depth; i++) {
      const div = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = 'The ministry said 3,000 troops were sent to the border on Tuesday, officials said.';
      div.append(p);
      parent.append(div);
      parent = div;
    }
  };
  const time = (depth: number) => {
    nest(depth);
    const started = performance.now();
    const root = findArticleRoot(document);
    if (root) buildTextMap(root);
    return performance.now() - started;
  };

  test('is read in time linear in its depth', () => {
    const small = Math.min(time(500), time(500));
    const large = Math.min(time(2000), time(2000));
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  }, 120_000);
});
