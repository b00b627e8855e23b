import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { sentences } from '@/lib/claims/segment';
import { passagesOf, sentenceBefore } from '@/lib/compare/context';
import { lastSentence } from '@/lib/compare/last-sentence';
import { CLAIMS } from '../../scripts/paths';

// The sentence before a claim, as the content script cuts it (sentenceBefore) and as the comparison reads it
// (lastSentence: the extractor's splitter, issue 17). Real articles of compare-dev.
const DEV = `${CLAIMS}/compare-dev/articles`;

function claimStarting(id: string, opening: string) {
  const text = readFileSync(`${DEV}/${id}.txt`, 'utf8');
  const claim = extractClaims(text).claims.find((c) => c.text.startsWith(opening));
  if (!claim) throw new Error(`no claim “${opening}” in ${id}`);
  const previous = sentences(text)
    .filter((s) => s.end <= claim.start)
    .at(-1);
  const passage = passagesOf(text, [claim])[0];
  return {
    cut: sentenceBefore(text, claim.start),
    passage: passage?.before ?? '',
    extractor: previous ? text.slice(previous.start, previous.end) : '',
  };
}

describe('the sentence before a claim is the extractor’s', () => {
  test.each([
    // A headline, a subhead and a dateline end with no stop: only their line breaks end them.
    ['d01', 'Though the Red Sox continue to operate', '12/16/08 1:30 AM EST'],
    ['d04', 'Dan Patrick reported on his show', 'December 15th, 2008, 7:35 am'],
  ])('%s: before “%s…” is “%s”', (id, opening, expected) => {
    const { cut, extractor } = claimStarting(id, opening);
    expect(extractor).toBe(expected);
    // The content script's cut runs across the line breaks; cut again by the extractor's splitter, it is the sentence.
    expect(cut).not.toBe(expected);
    expect(lastSentence(cut)).toBe(expected);
  });

  test('a sentence that ends at a stop is the same both ways', () => {
    const { cut, extractor } = claimStarting('d01', 'Last week at the Winter Meetings');
    expect(lastSentence(cut)).toBe(extractor);
    expect(extractor).toBe('The Red Sox have a club policy of not commenting on their negotiating stance with any free agents.');
  });

  test.each([
    // Initials end no sentence for the extractor: "led by John W. Henry." and "a five-year, $70 million contract for
    // J.D. Drew." (d01). The saved cut ends at "Henry." and "Drew."; a passage carries the text before, unsplit.
    ['Though the newspaper doesn’t cite its source', 'led by John W. Henry.', 'Henry.'],
    ['Though breaking the bank in free agency', 'contract for J.D. Drew.', 'Drew.'],
  ])('before “%s…” the passage reads the whole sentence ending “%s”', (opening, ending, cut) => {
    const read = claimStarting('d01', opening.replace('’', "'"));
    expect(read.cut).toBe(cut);
    expect(read.extractor.endsWith(ending)).toBe(true);
    expect(lastSentence(read.passage)).toBe(read.extractor);
  });
});
