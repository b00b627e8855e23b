import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../lib/claims/extract';
import type { Attribution } from '../../lib/claims/types';
import { figures, parseBrat, scoreArticle } from '../../scripts/polnear-score';

// The opening of a PolNeAR train article with its annotation (tests/data/polnear/SOURCE.md).
const BASE = 'tests/data/polnear/breitbart_2016-07-14_gingrich-trump-must-decide-if-he';
const text = readFileSync(`${BASE}.txt`, 'utf8');
const gold = parseBrat(readFileSync(`${BASE}.ann`, 'utf8'), text);
const at = (s: string) => text.indexOf(s);

/** A prediction over the given words of the excerpt, spoken by the mention `speaker` (found after `after`). */
function predicted(content: string, speaker: string, after = 0): Attribution {
  const contentStart = at(content);
  const speakerStart = text.indexOf(speaker, after);
  return {
    speaker,
    speakerText: speaker,
    role: null,
    cue: 'said',
    type: 'indirect',
    content,
    contentStart,
    contentEnd: contentStart + content.length,
    cueStart: speakerStart + speaker.length + 1,
    cueEnd: speakerStart + speaker.length + 5,
    speakerStart,
    speakerEnd: speakerStart + speaker.length,
  };
}

describe('PolNeAR scorer', () => {
  test('reads brat spans, events and sources; the headline "Source: claim" is optional', () => {
    expect(gold.map((g) => [g.cueText, g.optional, g.source.map(([s, e]) => text.slice(s, e))])).toEqual([
      [':', true, ['Gingrich']],
      ['said', false, ['Newt Gingrich']],
      ['said', false, ['Gingrich']],
    ]);
    const [s, e] = gold[2]?.content[0] ?? [0, 0];
    expect(text.slice(s, e)).toMatch(/^“In many ways, Donald Trump is like a pirate\..*two-pirate ticket\?”$/s);
  });

  test('content matches by words (leading "that" and quote marks aside); the source by its mention', () => {
    const reported =
      'if presumptive Republican presidential nominee Donald Trump picked him it as a vice presidential running mate';
    const quote = 'In many ways, Donald Trump is like a pirate';
    const counts = scoreArticle(text, gold, [
      predicted(reported, 'Newt Gingrich'), // most words of the gold content, right source
      predicted(quote, 'Fox New Channel'), // too few of the quote's 80 words: an extra, and the quote is missed
    ]);
    expect([counts.gold, counts.predicted, counts.content, counts.exact, counts.source]).toEqual([2, 2, 1, 0, 1]);
    expect(counts.misses.map((m) => m.kind)).toEqual(['missed', 'extra']);
    expect(figures(counts).content.f).toBeCloseTo(0.5);
  });

  test('a wrong source mention is a content match but no source match', () => {
    const whole = text.slice(gold[2]?.content[0]?.[0], gold[2]?.content[0]?.[1]).slice(1, -1);
    const counts = scoreArticle(text, gold, [predicted(whole, 'Donald Trump')]);
    expect([counts.content, counts.exact, counts.source]).toEqual([1, 1, 0]);
    expect(counts.misses[0]).toMatchObject({ kind: 'source' });
  });

  test('the extractor on the excerpt: both statements found, each with its source mention (a quoted show title before the source is where it was said, not what)', () => {
    const counts = scoreArticle(text, gold, extractClaims(text).attributions);
    expect([counts.gold, counts.predicted, counts.content, counts.source]).toEqual([2, 2, 2, 2]);
  });
});
