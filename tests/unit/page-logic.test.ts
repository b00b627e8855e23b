import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { extractClaims } from '@/lib/claims/extract';
import { extractInPieces } from '@/lib/claims/pieces';
import { ClaimIndex } from '@/lib/page/claim-index';
import { formatQuantity } from '@/lib/page/format';
import { ARTICLE_IDS, CLAIMS } from '../../scripts/paths';

const article = (id: string) => readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');

describe('formatQuantity', () => {
  test.each([
    ['The Pentagon says North Korea has sent about 10,000 troops to train in Russia.', '≈ 10,000 troops'],
    ['Rutte added that more than 600,000 Russian forces have been killed.', '≥ 600,000 forces'],
    ['The number could be as high as 12,000 troops.', '≤ 12,000 troops'],
    ['It could provide an additional 3 to 4 units.', '3–4 units'],
    ['Congress approved $61 billion in aid.', '$61,000,000,000'],
    ['Unemployment rose to 4.1% in June.', '4.1%'],
    ['Russia has a roughly 2:1 advantage.', '≈ 2:1'],
    ['North Korea decided to deploy thousands of soldiers.', 'thousands of soldiers'],
    ['It issued contracts for 1.6 million drones.', '1,600,000 drones'],
    ['FC Goa registered a massive 5-0 win against Mumbai City FC on Wednesday night.', '5-0'],
  ])('%s → %s', (sentence, expected) => {
    const [q] = extractClaims(sentence).quantities;
    expect(q && formatQuantity(q)).toBe(expected);
  });
});

describe('ClaimIndex', () => {
  const text = article('004');
  const { claims } = extractClaims(text);
  const index = new ClaimIndex(claims);

  test('finds the claim under an offset only inside a highlighted span', () => {
    const figure = text.indexOf('as high as 12,000');
    expect(index.at(figure + 3)?.text).toContain('could be as high as 12,000');
    const plainWord = text.indexOf('Caution On Both Allies');
    expect(index.at(plainWord)).toBeUndefined();
  });

  test('steps forwards and backwards through the claims, wrapping round', () => {
    const first = index.next(-1);
    expect(first?.text).toContain('almost three months ago');
    const second = index.next(first?.start ?? 0);
    expect(second?.text).toContain('a couple of thousand');
    expect(index.previous(second?.start ?? 0)).toBe(first);
    expect(index.previous(first?.start ?? 0)).toBe(claims[claims.length - 1]);
    expect(index.next(claims[claims.length - 1]?.start ?? 0)).toBe(first);
  });
});

describe('extractInPieces', () => {
  test.each(ARTICLE_IDS)('article %s in small pieces gives the same spans as in one piece', async (id) => {
    const text = article(id);
    let pauses = 0;
    const whole = extractClaims(text);
    const pieces = await extractInPieces(text, extractClaims, async () => void pauses++, 1200);
    expect(pauses).toBeGreaterThan(1);
    expect(pieces.quantities.map((q) => text.slice(q.start, q.end))).toEqual(whole.quantities.map((q) => q.text));
    expect(pieces.attributions.map((a) => text.slice(a.contentStart, a.contentEnd))).toEqual(
      whole.attributions.map((a) => a.content),
    );
    for (const c of pieces.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
