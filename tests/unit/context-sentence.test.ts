import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { sentences } from '@/lib/claims/segment';
import { passagesOf, textBefore } from '@/lib/compare/context';
import { lastSentence } from '@/lib/compare/last-sentence';
import { saveAnnotation } from '@/lib/store/annotations';
import { claimInput } from '@/lib/store/claim-input';
import type { ClaimLensDatabase } from '@/lib/store/database';
import { CLAIMS } from '../../scripts/paths';
import { freshDatabaseEachTest } from './support/fresh-database';

// The sentence before a claim (issue 17: one splitter). A page sends the text before the claim (textBefore, no
// splitter in the content script); the store saves its last sentence and the comparison reads it, both by the
// extractor's splitter (lastSentence). Real articles of compare-dev.
const DEV = `${CLAIMS}/compare-dev/articles`;

let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

function claimStarting(id: string, opening: string) {
  const text = readFileSync(`${DEV}/${id}.txt`, 'utf8');
  const claim = extractClaims(text).claims.find((c) => c.text.startsWith(opening));
  if (!claim) throw new Error(`no claim “${opening}” in ${id}`);
  const previous = sentences(text)
    .filter((s) => s.end <= claim.start)
    .at(-1);
  return { text, claim, extractor: previous ? text.slice(previous.start, previous.end) : '' };
}

/** What the library keeps as the claim's context when the page saves it. */
async function savedContext(id: string, opening: string): Promise<string> {
  const { text, claim } = claimStarting(id, opening);
  const url = `https://news.example/${id}`;
  const page = { id: url, url, title: id, site: 'news.example', byline: null, publishedAt: null };
  return (await saveAnnotation(db, page, { pageId: url, ...claimInput(text, claim) })).context;
}

describe('the sentence before a claim is the extractor’s', () => {
  test.each([
    // A headline, a subhead and a dateline end with no stop: only their line breaks end them (the regular
    // expression the content script cut with before ran across them).
    ['d01', 'Though the Red Sox continue to operate', '12/16/08 1:30 AM EST'],
    ['d04', 'Dan Patrick reported on his show', 'December 15th, 2008, 7:35 am'],
    [
      'd01',
      'Last week at the Winter Meetings',
      'The Red Sox have a club policy of not commenting on their negotiating stance with any free agents.',
    ],
  ])('%s: before “%s…” the library saves “%s”', async (id, opening, expected) => {
    expect(claimStarting(id, opening).extractor).toBe(expected);
    expect(await savedContext(id, opening)).toBe(expected);
  });

  test.each([
    // Initials end no sentence for the extractor: "led by John W. Henry." and "a five-year, $70 million contract for
    // J.D. Drew." (d01); the regular expression saved "Henry." and "Drew.".
    ['Though the newspaper doesn’t cite its source', 'led by John W. Henry.'],
    ['Though breaking the bank in free agency', 'contract for J.D. Drew.'],
  ])('before “%s…” the whole sentence ending “%s” is saved and compared', async (opening, ending) => {
    const read = claimStarting('d01', opening.replace('’', "'"));
    expect(read.extractor.endsWith(ending)).toBe(true);
    expect(await savedContext('d01', opening.replace('’', "'"))).toBe(read.extractor);
    const passage = passagesOf(read.text, [read.claim])[0];
    expect(passage?.before).toBe(textBefore(read.text, read.claim.start));
    expect(lastSentence(passage?.before ?? '')).toBe(read.extractor);
  });
});
