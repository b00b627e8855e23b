import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anchorSpan, describeSpan } from '@/lib/anchoring/selectors';
import { devArticles, savedSpans } from '../../scripts/anchoring-edits';
import { runBench } from '../../scripts/bench-anchoring';
import { CLAIMS } from '../../scripts/paths';

const article = (path: string) => readFileSync(`${CLAIMS}/${path}`, 'utf8');
const spanOf = (text: string, exact: string, from = 0) => {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return [start, start + exact.length] as const;
};

describe('bench:anchoring, smaller: eight articles through every edit and combination (seed 7)', () => {
  const articles = devArticles().filter((a) => ['000', '001', '004', 'd03', 'd13', 'd15', 'd16', 'd42'].includes(a.id));
  const tallies = runBench(articles, 7);
  const single = tallies.get('ALL single edits');
  const combined = tallies.get('ALL combinations');

  test('single edits: at least 99% right, none misplaced', () => {
    expect(single?.n).toBeGreaterThan(1000);
    expect(single?.misplaced, single?.examples.join('\n')).toBe(0);
    expect((single?.right ?? 0) / (single?.n ?? 1)).toBeGreaterThanOrEqual(0.99);
  });

  test('combinations: at least 95% right, at most 0.5% misplaced', () => {
    expect(combined?.n).toBeGreaterThan(1000);
    expect((combined?.misplaced ?? 1) / (combined?.n ?? 1), combined?.examples.join('\n')).toBeLessThanOrEqual(0.005);
    expect((combined?.right ?? 0) / (combined?.n ?? 1)).toBeGreaterThanOrEqual(0.95);
  });

  test('a deleted sentence is reported lost, every time', () => {
    const deleted = tallies.get('sentence-deleted');
    expect(deleted?.n).toBeGreaterThan(200);
    expect(deleted?.right, deleted?.examples.join('\n')).toBe(deleted?.n);
  });

  test('updated figures are found and reported old → new', () => {
    const updated = tallies.get('figure-updated');
    expect(updated?.updated).toBeGreaterThan(100);
    expect(updated?.right).toBe(updated?.n);
    expect((updated?.reported ?? 0) / (updated?.updated ?? 1)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the cases the issue measured, on the articles they came from', () => {
  test('"3,000" updated to "3,543" is found as updated, not as "0,000" inside another number', () => {
    const text = article('articles/000.txt');
    const [start, end] = spanOf(text, '3,000');
    const [quote, position] = describeSpan(text, start, end);
    const edited = `NEW: 11,000 more troops are expected.\n\n${text.slice(0, start)}3,543${text.slice(end)}`;
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toBe('3,543');
    expect(found?.status).toBe('updated');
    expect(found?.changes).toEqual([{ old: '3,000', new: '3,543' }]);
  });

  test('"about 10,000" updated to "about 11,643" is not placed on "around 10,000", another figure', () => {
    const text = article('articles/001.txt');
    const [start, end] = spanOf(text, 'about 10,000');
    const [quote, position] = describeSpan(text, start, end);
    const edited = `${text.slice(0, start)}about 11,643${text.slice(end)}`;
    expect(edited).toContain('around 10,000');
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toBe('about 11,643');
    expect(found?.changes).toEqual([{ old: '10,000', new: '11,643' }]);
  });

  test('a figure whose sentence was deleted is lost, not placed on the same word elsewhere', () => {
    const text = article('articles/000.txt');
    const sentence =
      'In the Mykolaiv region in southern Ukraine, Governor Vitalii Kim said on Telegram the military shot down three Russian drones.';
    const [start, end] = spanOf(text, 'three', text.indexOf(sentence));
    const [quote, position] = describeSpan(text, start, end);
    const edited = text.replace(`${sentence}\n\n`, '');
    expect(edited).toContain('three');
    expect(anchorSpan(edited, quote, position)).toBeNull();
  });

  test('a one-word edit does not move "depth of 2.7 miles" onto its sibling "depth of 1.4 miles"', () => {
    const text = article('compare-dev/articles/d15.txt');
    const saved = 'The earthquake struck at about 9:30 a.m. and had a depth of 2.7 miles';
    const [start, end] = spanOf(text, saved);
    const [quote, position] = describeSpan(text, start, end);
    const edited = text.replace(saved, 'The earthquake struck at 9:30 a.m. and had a depth of 2.7 miles');
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toBe('The earthquake struck at 9:30 a.m. and had a depth of 2.7 miles');
    expect(found?.status).toBe('edited');
  });

  test('the stored position counts only with its context: a figure whose paragraph went is not taken from another copy moved onto its place', () => {
    let shifted = 0;
    for (const { id, text } of devArticles()) {
      for (const span of savedSpans(text).filter((s) => s.kind === 'figure')) {
        const exact = text.slice(span.start, span.end);
        const sentenceStart = text.lastIndexOf('\n', span.start) + 1;
        const sentenceEnd = text.indexOf('\n', span.end) < 0 ? text.length : text.indexOf('\n', span.end);
        const other = text.indexOf(exact, sentenceEnd);
        if (other < 0) continue;
        // The paragraph deleted, and a paragraph added at the top that moves the other copy onto the stored position.
        const moved = other - (sentenceEnd - sentenceStart);
        const filler = span.start - moved;
        if (filler < 2) continue;
        const edited = `${'Updated '.repeat(filler).slice(0, filler - 2)}\n\n${text.slice(0, sentenceStart)}${text.slice(sentenceEnd)}`;
        expect(edited.slice(span.start, span.end), id).toBe(exact);
        const [quote, position] = describeSpan(text, span.start, span.end);
        const found = anchorSpan(edited, quote, position);
        expect(found && `${id}: ${JSON.stringify(exact)} placed at ${found.start}`).toBeNull();
        shifted++;
      }
    }
    expect(shifted).toBeGreaterThan(10);
  });
});

describe('an updated sentence and a verbatim copy of its old text (docs/anchoring.md)', () => {
  const text = article('articles/000.txt');
  const sentence =
    'The United States said Wednesday that 3,000 North Korean troops were dispatched to Russia earlier this month and are being trained there, possibly to fight alongside Moscow’s troops in their war against Ukraine.';
  const [start, end] = spanOf(text, sentence);
  const [quote, position] = describeSpan(text, start, end);
  const updated = sentence.replace('3,000', '3,543');

  test('the updated original, in its context, is chosen over an exact copy elsewhere, and reported updated', () => {
    const edited = `${text.replace(sentence, updated)}\n\nEarlier version of this story: ${sentence}`;
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toBe(updated);
    expect(found?.changes).toEqual([{ old: '3,000', new: '3,543' }]);
  });

  test('with the original gone, the verbatim copy is the passage (a long exact quote is its own context)', () => {
    const edited = `${text.replace(sentence, '')}\n\nEarlier version of this story: ${sentence}`;
    const found = anchorSpan(edited, quote, position);
    expect(found && edited.slice(found.start, found.end)).toBe(sentence);
    expect(found?.status).toBe('unchanged');
  });
});
