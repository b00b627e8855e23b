// Hypothesis's quote-matching tests (hypothesis/client, src/annotator/anchoring/test/match-quote-test.js,
// BSD-2-Clause), translated: the same texts, quotes and context, with Hypothesis's expected place. We
// must never answer a different place; where we answer null instead, the case says why.
import { describe, expect, test } from 'vitest';
import { anchorSpan } from '@/lib/anchoring/selectors';

const normalize = (s: string) => s.replace(/\s+/g, ' ');
const solitude = normalize(`Many years later, as he faced the firing squad,
    Colonel Aureliano Buendía was to remember that distant afternoon
    when his father took him to discover ice`);
const twoCities = normalize(`It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.`);

interface Case {
  name: string;
  text: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  hint?: number;
  /** Where Hypothesis places the quote (null: nowhere). */
  hypothesis: number | null;
  /** Why we give no place where Hypothesis gives one. */
  refused?: string;
}

const NO_CONTEXT = 'a quote shorter than 40 characters with no context: short text recurs, so it is placed only by its context';
/** Context as describeSpan saves it runs up to the quote; these tests leave out the space between. */
const BARE = 'context written without the space next to the quote';
const posA = twoCities.indexOf('everything before us') + 'everything '.length;
const posB = twoCities.indexOf('nothing before us') + 'nothing '.length;

const CASES: Case[] = [
  {
    name: 'finds exact match',
    text: solitude,
    quote: 'discover ice',
    hypothesis: solitude.indexOf('discover ice'),
    refused: NO_CONTEXT,
  },
  { name: 'best approximate match', text: solitude, quote: 'some years later', hypothesis: 0, refused: NO_CONTEXT },
  ...['Many years later', 'Many yers later', 'Some years later', 'Some years after'].map((quote) => ({
    name: `quote similarity: ${quote}`,
    text: solitude,
    quote,
    hypothesis: 0,
    refused: NO_CONTEXT,
  })),
  ...[
    { prefix: 'Many years later' },
    { prefix: 'Many yers later' },
    { prefix: 'Some years later', refused: 'the only context, 2 edits in 16 characters, is not nearly intact (at most 10%)' },
    { prefix: 'Some years after', refused: 'the only context, 6 edits in 16 characters, disagrees' },
  ].map(({ prefix, refused }) => ({
    name: `prefix similarity: ${prefix}`,
    text: solitude,
    quote: ', as he faced the firing squad',
    prefix,
    hypothesis: 16,
    refused,
  })),
  ...[
    { suffix: ', as he faced the firing squad' },
    { suffix: ', as she faced the firing squad' },
    { suffix: ', as he awaited the firing squad', refused: 'the only context, 6 edits in 31 characters, is not nearly intact' },
    { suffix: ', as he awaited his death', refused: 'the only context disagrees' },
  ].map(({ suffix, refused }) => ({
    name: `suffix similarity: ${suffix}`,
    text: solitude,
    quote: 'Many years later',
    suffix,
    hypothesis: 0,
    refused,
  })),
  { name: 'no acceptable approximate match', text: twoCities, quote: solitude, hypothesis: null },
  { name: 'empty quote', text: 'foobar', quote: '', hypothesis: null },
  { name: 'empty text', text: '', quote: 'foobar', hypothesis: null },
  { name: 'exact prefix (1)', text: twoCities, quote: 'before us', prefix: 'we had everything', hypothesis: posA },
  { name: 'exact prefix (2)', text: twoCities, quote: 'before us', prefix: 'we had nothing', hypothesis: posB },
  {
    name: 'approximate prefix (1)',
    text: twoCities,
    quote: 'before us',
    prefix: 'we had every-thing',
    hypothesis: posA,
    refused: `${BARE}: with "-", 2 edits in 18 characters of the only context, not nearly intact (at most 10%)`,
  },
  {
    name: 'approximate prefix (2)',
    text: twoCities,
    quote: 'before us',
    prefix: 'we had nout',
    hypothesis: posB,
    refused: '"nout" for "nothing": 4 edits in 11 characters of the only context',
  },
  {
    name: 'exact suffix (1)',
    text: twoCities,
    quote: 'we had',
    suffix: 'everything',
    hypothesis: twoCities.indexOf('we had everything'),
  },
  {
    name: 'exact suffix (2)',
    text: twoCities,
    quote: 'we had',
    suffix: 'nothing',
    hypothesis: twoCities.indexOf('we had nothing'),
    refused: `${BARE}: 1 edit in 7 characters of the only context, not nearly intact (at most 10%)`,
  },
  {
    name: 'approximate suffix (1)',
    text: twoCities,
    quote: 'we had',
    suffix: 'ever ting',
    hypothesis: twoCities.indexOf('we had everything'),
    refused: '"ever ting": 2 edits in 9 characters of the only context, not nearly intact',
  },
  {
    name: 'approximate suffix (2)',
    text: twoCities,
    quote: 'we had',
    suffix: 'nutting',
    hypothesis: twoCities.indexOf('we had nothing'),
    refused: '"nutting" for "nothing": 3 edits in 7 characters',
  },
  {
    name: 'hint as tie-breaker (A)',
    text: twoCities,
    quote: 'befor us',
    hint: posA,
    hypothesis: posA,
    refused: `${NO_CONTEXT}; a position is a tie-breaker, not context`,
  },
  {
    name: 'hint as tie-breaker (B)',
    text: twoCities,
    quote: 'befor us',
    hint: posB,
    hypothesis: posB,
    refused: `${NO_CONTEXT}; a position is a tie-breaker, not context`,
  },
  {
    name: 'no hint: first of equal matches',
    text: twoCities,
    quote: 'befor us',
    hypothesis: posA,
    refused: `${NO_CONTEXT}; two equal places are never guessed between`,
  },
  {
    name: 'prefix longer than the match offset',
    text: solitude,
    quote: 'years later',
    prefix: 'It used to be many',
    hypothesis: 5,
    refused: 'the only context, "It used to be many", is not in the text',
  },
  {
    name: 'match at the end of the text with a non-empty suffix',
    text: 'Some document text',
    quote: 'text',
    suffix: 'missing',
    hypothesis: 14,
    refused: 'the only context, "missing", disagrees with the end of the text',
  },
];

describe("Hypothesis's match-quote cases", () => {
  test.each(CASES)('$name', ({ text, quote, prefix, suffix, hint, hypothesis, refused }) => {
    const found = anchorSpan(
      text,
      { type: 'TextQuoteSelector', exact: quote, prefix: prefix ?? '', suffix: suffix ?? '' },
      hint === undefined ? undefined : { type: 'TextPositionSelector', start: hint, end: hint + quote.length },
    );
    if (refused !== undefined || hypothesis === null) {
      expect(found).toBeNull();
    } else {
      expect(found?.start).toBe(hypothesis);
      expect(found && text.slice(found.start, found.end)).toBe(text.slice(hypothesis, hypothesis + quote.length));
    }
  });

  test('every refusal is of a quote Hypothesis places (none is a disagreement about where)', () => {
    const refusals = CASES.filter((c) => c.refused);
    expect(refusals.every((c) => c.hypothesis !== null)).toBe(true);
    expect(CASES.length - refusals.length).toBeGreaterThanOrEqual(9);
  });
});
