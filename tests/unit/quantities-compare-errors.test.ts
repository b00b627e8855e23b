import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// The extraction errors under comparison's misses (issue 18), each with real text: compare-dev's articles
// (ECB+, CC BY 3.0) and excerpts of news pages kept in tests/corpus/excerpts with their source.
// Each row: the sentence, then what it must yield as [text, value, kind, unit, currency].
type Row = [string, Array<[string, number | null, string, string | null, string | null]>];

const read = (sentence: string) => extractClaims(sentence).quantities.map((q) => [q.text, q.value, q.kind, q.unit, q.currency]);

describe('figures in title-case headlines', () => {
  test.each<Row>([
    // compare-dev d26, d29, d30, d27
    ['Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police', [['2', 2, 'count', 'women', null]]],
    ['Female Employee Yvonne Hiller Kills Two In Kraft Shooting', [['Two', 2, 'count', null, null]]],
    ['Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder', [['Two', 2, 'count', 'counts', null]]],
    // fireengineering.com, "Fire news", January 2016
    ['Four Found Dead After Rochester (NY) Fire', [['Four', 4, 'count', null, null]]],
    ['IL Fire Kills Five', [['Five', 5, 'count', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
  // (In running text the rule still holds: quantities.test.ts reads no figure in "launch ... with iPhone 4".)
});

describe('a measure written onto its figure', () => {
  test.each<Row>([
    // EFE, 2018-10-07: "magnitude-5.9" was read as 9, and the sentence was cut at its stop.
    [
      'A magnitude-5.9 earthquake struck northern Haiti on Saturday, the United States Geological Survey said.',
      [['5.9', 5.9, 'count', 'magnitude', null]],
    ],
    // Reuters, 2015-02-13: the earthquake "strikes" was the unit.
    ['Magnitude 5.9 earthquake strikes off southeastern Taiwan -USGS', [['5.9', 5.9, 'count', 'magnitude', null]]],
    // compare-dev d13
    [
      'A 4.6-magnitude earthquake rattled Northern California overnight Thursday, shaking residents from San Francisco to north of Sacramento.',
      [['4.6-magnitude', 4.6, 'count', 'magnitude', null]],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('a currency written against its amount', () => {
  test.each<Row>([
    // AP via PennLive, 2008-10-13: AP's style of the time, "euro" glued to the figure.
    [
      "France's Le Monde daily estimated the total European burden at a staggering euro1.3 trillion ($1.77 trillion).",
      [
        ['euro1.3 trillion', 1.3e12, 'money', null, 'EUR'],
        ['$1.77 trillion', 1.77e12, 'money', null, 'USD'],
      ],
    ],
    // Bloomberg, 2020-07-21: the scale and the currency joined by a hyphen.
    [
      'Almost a third of the funds are earmarked for fighting climate change and, together with the bloc’s next 1 trillion-euro, seven-year budget, will constitute the biggest green stimulus package in history.',
      [
        ['Almost a third', 1 / 3, 'fraction', 'funds', null],
        ['1 trillion-euro', 1e12, 'money', null, 'EUR'],
        ['seven-year', 7, 'count', 'year', null],
      ],
    ],
    // compare-dev d39
    [
      'Eight days of clashes have caused 200 million euros ($265.3 million) of damage in Athens alone.',
      [
        ['Eight', 8, 'count', 'days', null],
        ['200 million', 2e8, 'money', null, 'EUR'],
        ['$265.3 million', 265.3e6, 'money', null, 'USD'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('the unit of a bare figure', () => {
  test.each<Row>([
    // truly150.com (Tyler, Texas): the area's "square miles" was taken for the population's unit.
    [
      'The city’s growth brings us to nearly 66 square miles and a population close to 93,000. Numerous interstates and major highways criss-cross the city.',
      [
        ['nearly 66', 66, 'count', 'square miles', null],
        ['close to 93,000', 93000, 'count', 'people', null],
      ],
    ],
    // NBC News, May 2016: "Evacuates" was the unit.
    ['Out-of-Control Wildfire Evacuates City of 60,000 in Alberta, Canada', [['60,000', 60000, 'count', 'people', null]]],
    // compare-dev d27, fireengineering.com: what happened is no unit.
    [
      '2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant',
      [
        ['2', 2, 'count', null, null],
        ['1', 1, 'count', null, null],
      ],
    ],
    ['Two Dead in Palo Alto (CA) House Fire', [['Two', 2, 'count', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
