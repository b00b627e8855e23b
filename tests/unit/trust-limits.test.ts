// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { MAX_ARTICLE_CHARS, PageHighlighter } from '@/lib/page/highlighter';
import { findArticleRoot, isSkipped, MAX_DEPTH, readArticleRoot } from '@/lib/page/article';
import { buildTextMap, readTextMap, textOffsetsToRange } from '@/lib/page/text-map';
import { manyNodes, oneTextNode } from '../../scripts/hostile-pages';
import { CLAIMS } from '../../scripts/paths';
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
  // A div per level, a paragraph in each (scripts/hostile-pages.ts builds the same in Chromium), the sample
  // articles' own sentences in them: reading every block's whole text, or asking each paragraph's box whether
  // the article contains it, was quadratic, and weighing 40,000 elements 20,000 deep took 110 ms.
  const lines = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 80);
  const nest = (depth: number) => {
    document.documentElement.innerHTML = '<body><article><h1>Deep</h1><div id="nested"></div></article></body>';
    let parent = document.querySelector('#nested') as Element;
    for (let i = 0; i < depth; i++) {
      const div = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = lines[i % lines.length] as string;
      div.append(p);
      parent.append(div);
      parent = div;
    }
  };
  const read = () => {
    const root = findArticleRoot(document);
    return root ? buildTextMap(root).text : '';
  };
  const time = (depth: number) => {
    nest(depth);
    const started = performance.now();
    read();
    return performance.now() - started;
  };

  test('is read in time linear in its depth, up to MAX_DEPTH', () => {
    const small = Math.min(time(60), time(60));
    const large = Math.min(time(240), time(240));
    expect(large / Math.max(small, 0.25)).toBeLessThan(8);
  }, 120_000);

  test('is weighed and read no deeper than MAX_DEPTH, whether its boxes are queried or walked', () => {
    // The article at depth 1 below the body, #nested at 2, the i-th level's div at i + 2 and its paragraph at
    // i + 3: the paragraphs within MAX_DEPTH of the article are read, the ones below are not.
    const kept = MAX_DEPTH - 2;
    nest(kept);
    expect(buildTextMap(findArticleRoot(document) as Element).complete).toBe(true);
    nest(kept + 50);
    const shallow = read();
    expect(shallow.split('\n\n').length).toBe(1 + kept);
    // What was left out is said, as at the other limits.
    expect(buildTextMap(findArticleRoot(document) as Element).complete).toBe(false);
    // 2,000 levels (4,000 elements: one query finds the boxes), then with 20,000 empty elements beside the
    // article (walked in steps). (happy-dom's own queries overflow their stack much deeper.)
    nest(2_000);
    expect(read()).toBe(shallow);
    document.body.insertAdjacentHTML('beforeend', `<div>${'<span></span>'.repeat(20_000)}</div>`);
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThan(20_000);
    expect(findArticleRoot(document)?.tagName).toBe('ARTICLE');
    expect(read()).toBe(shallow);
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
