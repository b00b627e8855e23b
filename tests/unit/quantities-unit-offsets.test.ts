import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Where each figure's unit was read (Quantity.unitStart/unitEnd), so that comparison reads the extractor's
// analysis rather than finding the noun again (issue 17). Real sentences: the sample articles (AP, 2023-24),
// compare-dev's articles (ECB+, CC BY 3.0), and the pages cited. Each row: the sentence, then for each figure
// [text, unit, the text at unitStart..unitEnd or null when no word was read].
type Row = [string, Array<[string, string | null, string | null]>];

function read(sentence: string): Array<[string, string | null, string | null]> {
  return extractClaims(sentence).quantities.map((q) => {
    const at = q.unitStart === undefined || q.unitEnd === undefined ? null : sentence.slice(q.unitStart, q.unitEnd);
    return [q.text, q.unit, at];
  });
}

describe('the unit read after the figure', () => {
  test.each<Row>([
    // sample article: a counted noun after an adjective.
    [
      'In the Mykolaiv region in southern Ukraine, Governor Vitalii Kim said on Telegram the military shot down three Russian drones.',
      [['three', 'drones', 'drones']],
    ],
    // compare-dev d13: a qualifier, then the noun.
    [
      'More than 60 people reported to USGS\'s "Did you feel it?" site, with reports ranging from San Francisco and Oakland to Lake and Yuba counties.',
      [['More than 60', 'people', 'people']],
    ],
    // compare-dev (Kraft shooting): a compound adjective and an age written as one word.
    [
      'Authorities say the incident began after the fifteen-year employee, 43-year-old Yvonne Hiller, was suspended.',
      [
        ['fifteen-year', 'year', 'year'],
        ['43-year-old', 'year', 'year'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('the unit read before the figure or nearby', () => {
  test.each<Row>([
    // compare-dev d13: the measure named before the figure.
    [
      'An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay this morning, according to the U.S. Geological Survey.',
      [['4.6', 'magnitude', 'magnitude']],
    ],
    // sample article: a left-out noun taken from the earlier figure's ("four" and "three" count drones).
    [
      'Russia’s Defense Ministry said Thursday it destroyed seven Ukrainian aerial drones, including four over the Kursk region and three over the Black Sea.',
      [
        ['seven', 'drones', 'drones'],
        ['four', 'drones', 'drones'],
        ['three', 'drones', 'drones'],
      ],
    ],
    // EFE, 2018-10-07: the measure written onto the figure.
    [
      'A magnitude-5.9 earthquake struck northern Haiti on Saturday, the United States Geological Survey said.',
      [['5.9', 'magnitude', 'magnitude']],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('no unit word read', () => {
  test.each<Row>([
    // compare-dev (Kraft shooting): an age between commas is given by a rule; no word names it.
    [
      'After the hearing, Hiller, 43, was ordered held on multiple counts of murder, attempted murder, and other crimes.',
      [['43', 'year', null]],
    ],
    // compare-dev (Teixeira): money has no counted noun.
    [
      'The Orioles, according to reports, have offered Teixeira a seven-year deal worth between $140 million and $150 million.',
      [
        ['seven-year', 'year', 'year'],
        ['between $140 million and $150 million', null, null],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
