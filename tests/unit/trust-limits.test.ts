// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { MAX_ARTICLE_CHARS, PageHighlighter } from '@/lib/page/highlighter';
import { findArticleRoot, isSkipped, readArticleRoot } from '@/lib/page/article';
import { buildTextMap, readTextMap, textOffsetsToRange } from '@/lib/page/text-map';
import { manyNodes, oneTextNode } from '../../scripts/hostile-pages';
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

describe('a page of many nodes', () => {
  test('is walked in slices that find the same article and read the same text as one walk', async () => {
    // The hostile page of bench-hostile, smaller: paragraphs of four spans of real sentences' words.
    document.documentElement.innerHTML = manyNodes(20_000);
    const whole = findArticleRoot(document) as Element;
    const wholeMap = buildTextMap(whole, isSkipped, MAX_ARTICLE_CHARS);
    // Every chance to pause is taken here, as when every slice of the thread is spent.
    let pauses = 0;
    const pauseIfDue = () => {
      pauses++;
      return Promise.resolve();
    };
    const sliced = await readArticleRoot(document, pauseIfDue);
    const rootPauses = pauses;
    const slicedMap = await readTextMap(sliced as Element, pauseIfDue, isSkipped, MAX_ARTICLE_CHARS);
    expect(sliced).toBe(whole);
    expect(whole.tagName).toBe('ARTICLE');
    expect(slicedMap.text).toBe(wholeMap.text);
    expect(slicedMap.segments.length).toBe(wholeMap.segments.length);
    // A chance to pause every 64 candidate boxes (4,000 paragraphs here) while finding the article, and every
    // 64 nodes (20,000 elements and their text) while reading it.
    const paragraphs = document.querySelectorAll('p').length;
    expect(paragraphs).toBe(4000);
    expect(rootPauses).toBeGreaterThanOrEqual(Math.floor(paragraphs / 64));
    expect(pauses - rootPauses).toBeGreaterThan(20_000 / 64);
    // Never asked when nothing is due: the same result, read without a pause.
    expect(await readArticleRoot(document, () => undefined)).toBe(whole);
  });
});
