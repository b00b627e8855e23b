import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { findArticleRoot } from '@/lib/page/article';
import { labelOf } from '@/lib/page/boilerplate';
import { buildTextMap, offsetToPosition, positionToOffset, readTextMap, textOffsetsToRange } from '@/lib/page/text-map';
import { parseHtml } from '../../scripts/parse-html';
import { hugePage } from '../../scripts/sample-site';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';

// Soft hyphens and zero-width marks show nothing: the article text leaves them out, the page keeps them.
const normal = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function load(name: string, file: 'source.html' | 'expected.html'): Document {
  return parseHtml(readFileSync(`${PAGES}/${name}/${file}`, 'utf8'));
}

describe.each(PAGE_NAMES)('%s', (name) => {
  const doc = load(name, 'source.html');
  const root = findArticleRoot(doc);
  const map = buildTextMap(root as Element);
  const expected = normal(load(name, 'expected.html').body.textContent ?? '');

  test('finds the article body: what Reader View keeps, little else', () => {
    expect(root).not.toBeNull();
    const paragraphs = map.text
      .split('\n\n')
      .map(normal)
      .filter((p) => p.length > 40);
    const inside = paragraphs.filter((p) => expected.includes(p)).length / paragraphs.length;
    expect(inside).toBeGreaterThanOrEqual(0.85);
    const expectedParagraphs = [...load(name, 'expected.html').querySelectorAll('p')].map((p) => normal(p.textContent ?? ''));
    // Reader View keeps in-story promos ("Related: ..."), which ClaimLens leaves out on purpose.
    const body = expectedParagraphs.filter((p) => p.length > 40 && !labelOf(p));
    const found = body.filter((p) => normal(map.text).includes(p)).length;
    expect(found / body.length).toBeGreaterThanOrEqual(0.9);
  });

  test('offsets round-trip for every character of every text node', () => {
    expect(map.segments.length).toBeGreaterThan(10);
    for (const seg of map.segments) {
      const run = seg.node.data.slice(seg.from, seg.from + seg.length);
      expect(map.text.slice(seg.start, seg.start + seg.length)).toBe(run.replace(/[\r\n\t\f\v]/g, ' '));
      for (let k = 0; k < seg.length; k++) {
        const pos = offsetToPosition(map, seg.start + k);
        expect(pos?.node).toBe(seg.node);
        expect(pos?.offset).toBe(seg.from + k);
        expect(positionToOffset(map, seg.node, seg.from + k)).toBe(seg.start + k);
      }
    }
  });

  test('every claim span maps to a DOM range with the same text, across inline elements', () => {
    const { quantities, attributions } = extractClaims(map.text);
    const spans = [...quantities.map((q) => [q.start, q.end]), ...attributions.map((a) => [a.contentStart, a.contentEnd])];
    expect(spans.length).toBeGreaterThan(0);
    for (const [start, end] of spans) {
      const range = textOffsetsToRange(map, start as number, end as number, doc);
      expect(normal(range?.toString() ?? '')).toBe(normal(map.text.slice(start, end)));
    }
    for (const q of quantities) expect(expected).toContain(normal(q.text));
  });
});

test('a claim split over links and emphasis is one range', () => {
  // The Telegraph page links names inside quoted sentences, as news sites do.
  const doc = load('telegraph', 'source.html');
  const map = buildTextMap(findArticleRoot(doc) as Element);
  const crossing = extractClaims(map.text).attributions.filter((a) => {
    const range = textOffsetsToRange(map, a.contentStart, a.contentEnd, doc);
    return range !== null && range.startContainer !== range.endContainer;
  });
  expect(crossing.length).toBeGreaterThan(0);
});

test('read in steps, a long article gives the same map, pausing as it goes', async () => {
  const doc = parseHtml(hugePage(300_000));
  const root = findArticleRoot(doc) as Element;
  let pauses = 0;
  const stepped = await readTextMap(root, async () => void pauses++);
  const whole = buildTextMap(root);
  expect(stepped.text).toBe(whole.text);
  expect(stepped.segments.map((s) => [s.node, s.start, s.length])).toEqual(
    whole.segments.map((s) => [s.node, s.start, s.length]),
  );
  // About 600 paragraphs and their text nodes: several steps, not one.
  expect(pauses).toBeGreaterThan(0);
});
