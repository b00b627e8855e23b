import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { readArticle } from '@/lib/compare/clusters';
import { passagesOf } from '@/lib/compare/context';
import { readOnPage, readSaved, storyOfPassages } from '@/lib/compare/saved';
import { CLAIMS } from '../../scripts/paths';

// A figure read without the CLI's span (the background's page passages and saved claims) finds its sentence with the
// extractor's splitter (issue 17: one splitter). The regular expression it replaced ended a sentence at every stop
// followed by a space, and dropped the stop itself.
const DEV = `${CLAIMS}/compare-dev/articles`;

function readBothWays(id: string) {
  const text = readFileSync(`${DEV}/${id}.txt`, 'utf8');
  const claims = extractClaims(text).claims;
  const passages = passagesOf(
    text,
    claims.filter((c) => c.quantities.length > 0),
  );
  const page = { id, story: storyOfPassages(id, passages, null) };
  const cli = readArticle({ id, text, publishedAt: null, claims });
  return passages.flatMap((p) =>
    p.quantities.map((q) => ({
      figure: q.text,
      claim: p.text,
      background: readOnPage(page, p, q),
      cli: cli.find((r) => r.quantity.start === q.start),
    })),
  );
}

describe('the sentence of a figure read in the background is the extractor’s', () => {
  test.each([
    // Abbreviations: "Mr." (d34), "U.S." and "a.m." (d17) end no sentence.
    ['d34', 'Seven', 'Seven bullets hit Mr. Gray, including three that entered his body from the rear'],
    ['d34', 'three', 'Seven bullets hit Mr. Gray, including three that entered his body from the rear'],
    ['d17', '23', 'The U.S. Geological Survey says the 4.4-magnitude temblor on Sunday at 9:27 a.m. was centered 23 miles'],
    ['d17', 'two', 'The U.S. Geological Survey says the 4.4-magnitude temblor on Sunday at 9:27 a.m. was centered 23 miles'],
    // A headline ends at its line break, with no stop: "Greece calm after 8 days of riots by angry youths".
    ['d37', '8', 'Greece calm after 8 days of riots by angry youths'],
  ])('%s: “%s” is read in “%s…”', (id, figure, opening) => {
    const read = readBothWays(id).find((r) => r.figure === figure && r.claim.startsWith(opening));
    expect(read?.background?.sentence).toBe(read?.claim);
    expect(read?.background?.sentence).toBe(read?.cli?.sentence);
  });

  test('every figure of four articles reads the same sentence, words and event in the background as in the CLI', () => {
    for (const id of ['d03', 'd17', 'd34', 'd37']) {
      for (const r of readBothWays(id)) {
        const [bg, cli] = [r.background, r.cli];
        expect([r.figure, bg?.sentence, bg?.words, bg?.tight, bg?.event, bg?.days]).toEqual([
          r.figure,
          cli?.sentence,
          cli?.words,
          cli?.tight,
          cli?.event,
          cli?.days,
        ]);
      }
    }
  });

  test('a saved claim of several sentences is read in the one that holds its figure', () => {
    // A saved text may hold more than one sentence (an import, a reader's selection): "Mr." does not end one, a stop does.
    const text =
      'Hostility has been mounting this week in East Flatbush. Seven bullets hit Mr. Gray, including three that entered his body from the rear.';
    const quantity = extractClaims(text).quantities.find((q) => q.text === 'three');
    expect(quantity).toBeDefined();
    const saved = readSaved({ pageId: 'p', text, quantity: quantity!, page: { title: '' } });
    expect(saved?.sentence).toBe('Seven bullets hit Mr. Gray, including three that entered his body from the rear.');
  });
});
