import { expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { resolutionNote } from '@/lib/claims/resolution-note';

// What the card says under a statement about how its speaker was found (issue 19), on real text.
const notes = (text: string) =>
  extractClaims(text).claims.flatMap((c) => c.attributions.map((a) => resolutionNote(a, c.start)?.text ?? null));

test('a pronoun resolved says so and that the name is earlier (VOA, ../shared/claims/articles/001.txt)', () => {
  const text =
    '"We believe that the DPRK has sent around 10,000 soldiers in total to train in eastern Russia that will probably augment Russian forces near Ukraine over the next several weeks,” deputy Pentagon press secretary Sabrina Singh told reporters at the Pentagon on Monday, using an abbreviation for North Korea’s official name.\n\n“A portion of those soldiers have already moved closer to Ukraine, and we are increasingly concerned that Russia intends to use these soldiers in combat or to support combat operations against Ukrainian forces in Russia\\’s Kursk oblast, near the border with Ukraine,” she added.';
  expect(notes(text)).toEqual([null, '“she” → Sabrina Singh (by pronoun, named earlier in the article)']);
});

test('an unresolved speaker is shown as written and marked (compare-dev d30)', () => {
  const text = 'The driver, who was black, had seethed with a sense of racial injustice in his job, said his girlfriend.';
  const [claim] = extractClaims(text).claims;
  const a = claim?.attributions[0];
  expect(a && resolutionNote(a, claim.start)).toEqual({
    text: '“his girlfriend” as written: not resolved to a name',
    unresolved: true,
  });
});
