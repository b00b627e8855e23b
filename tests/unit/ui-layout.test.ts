import { describe, expect, test } from 'vitest';
import { placeCard } from '@/components/place-card';
import { acceptTag, parseTags, suggestTags } from '@/components/tags';
import { layoutTimeline, plural } from '@/components/tracked-layout';

const viewport = { width: 1000, height: 760 };
const card = { width: 416, height: 200 };
const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placing the card', () => {
  test.each([
    ['a line near the top: below it', { left: 130, top: 40, right: 860, bottom: 110 }],
    ['a line near the bottom: above it', { left: 130, top: 600, right: 860, bottom: 640 }],
    ['a tall paragraph with room beside it: beside', { left: 130, top: 100, right: 500, bottom: 700 }],
  ])('%s, never over the claim', (_name, claim) => {
    const at = placeCard(claim, card, viewport);
    const box = { left: at.left, top: at.top, right: at.left + card.width, bottom: at.top + card.height };
    expect(overlaps(box, claim)).toBe(false);
    expect(at.maxHeight).toBeNull();
  });

  test('with no room anywhere, the bigger side, scrolling inside it', () => {
    const claim = { left: 10, top: 300, right: 990, bottom: 440 };
    const at = placeCard(claim, { width: 416, height: 500 }, viewport);
    expect(at.top).toBe(448);
    expect(at.maxHeight).toBe(760 - 8 - 448);
  });
});

describe('tracked figures on a timeline', () => {
  const DAY = 86_400_000;
  test('figures of one day sit side by side, not on one vertical line', () => {
    const { xs } = layoutTimeline(
      [
        { date: 10 * DAY, dated: true },
        { date: 10 * DAY + 3600_000, dated: true },
      ],
      64,
      624,
    );
    expect(new Set(xs).size).toBe(2);
  });
  test('figures from undated pages go apart, to the right of every dated one', () => {
    const { xs, undatedLeft } = layoutTimeline(
      [
        { date: 1 * DAY, dated: true },
        { date: 9 * DAY, dated: true },
        { date: 5 * DAY, dated: false },
      ],
      64,
      624,
    );
    expect(undatedLeft).not.toBeNull();
    expect(xs[2]).toBeGreaterThan(Math.max(xs[0] ?? 0, xs[1] ?? 0, undatedLeft ?? 0));
    expect(xs[0]).toBeLessThan(xs[1] ?? 0);
  });
  test.each([
    [1, 'figure', '1 figure'],
    [2, 'figure', '2 figures'],
    [1, 'source', '1 source'],
    [3, 'source', '3 sources'],
  ])('%i %s → %s', (n, word, expected) => expect(plural(n, word)).toBe(expected));
});

describe('tags', () => {
  const own = ['kursk', 'north korea', 'nato', 'troops'];
  test('the reader’s own tags that start with the word being typed, not those chosen already', () => {
    expect(suggestTags('n', own)).toEqual(['north korea', 'nato']);
    expect(suggestTags('north korea, n', own)).toEqual(['nato']);
    expect(suggestTags('', own)).toEqual(own);
  });
  test('choosing one completes the word being typed', () => {
    expect(acceptTag('kursk, no', 'north korea')).toBe('kursk, north korea, ');
    expect(parseTags('kursk, north korea, ')).toEqual(['kursk', 'north korea']);
  });
});
