import { describe, expect, test } from 'vitest';
import { findEvents } from '@/lib/compare/lexicon';

// Event words on real sentences (compare-dev, the Kimani Gray protests in Brooklyn, March 2013).
describe('rioting is an event; riot police and riot gear are not', () => {
  test.each([
    [
      'when about two dozen young protesters splintered off — drawing riot police — and trashed a Rite Aid', // d32
      ['trashed'],
    ],
    ['After officers in riot gear set up a roadblock on Church Avenue', []], // d34
    ['a group of at least three dozen mostly young people briefly rampaged through the aisles', ['rampaged']], // d34
    ["Chaos in Brooklyn as 100 teenagers 'riot' on the streets", ['riot']], // d35
  ])('%s', (sentence, words) => {
    const found = findEvents(sentence).filter((e) => e.kind === 'rioted');
    expect(found.map((e) => sentence.slice(e.at).match(/^\p{L}+/u)?.[0])).toEqual(words);
  });
});

describe('troops are stationed; a police station is a place', () => {
  test.each([
    // Sample 003: "approximately 8,000 North Korean soldiers are stationed in Russia’s Kursk region".
    ['approximately 8,000 North Korean soldiers are stationed in Russia’s Kursk region', ['sent']],
    // compare-dev d32: "about 130 people were marching toward the 67th Police Precinct station".
    ['about 130 people were marching toward the 67th Police Precinct station', []],
  ])('%s', (sentence, kinds) => {
    expect(findEvents(sentence).map((e) => e.kind)).toEqual(kinds);
  });
});
