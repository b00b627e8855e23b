import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Statements PolNeAR's annotators found and we missed, by kind (docs/polnear.md), each with a real passage from
// PolNeAR's train split (github.com/networkdynamics/PolNeAR; see tests/data/polnear/SOURCE.md), as published.
const statements = (text: string) => extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.cue, a.content]);

describe('missed kinds taken from PolNeAR dev', () => {
  test('a party and state in brackets after a name is no end of the source (HuffPost, 29 Feb 2016; Politico, 22 Jun 2016)', () => {
    const before =
      'At a campaign rally Monday morning, Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.”';
    expect(statements(before)).toEqual([['Marco Rubio', 'Marco Rubio', 'said', 'Trump is “unelectable now.”']]);
    const inverted = '“If it’s not the first vote it should be at the very top of the list,” said Sen. Chris Murphy (D-Conn.).';
    expect(statements(inverted)).toEqual([
      ['Chris Murphy', 'Chris Murphy', 'said', 'If it’s not the first vote it should be at the very top of the list,'],
    ]);
  });
});

describe('questions asked', () => {
  test('a quoted question with "asked" after it is a statement (Politico, 6 Jul 2016)', () => {
    const text =
      'During a rally Tuesday night in Raleigh, North Carolina, Trump remarked upon a recent New York Times story in which Democratic sources said Clinton could decide to retain Loretta Lynch as attorney general. “That’s like a bribe, isn’t it? Isn’t that sort of a bribe?” Trump asked. “I think it’s a bribe.”';
    expect(statements(text).filter((a) => a[2] === 'asked')).toEqual([
      ['Trump', 'Trump', 'asked', 'That’s like a bribe, isn’t it? Isn’t that sort of a bribe?'],
      ['Trump', 'Trump', 'asked', 'I think it’s a bribe.'],
    ]);
  });
});
