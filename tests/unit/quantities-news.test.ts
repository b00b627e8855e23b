import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Issue 20, figures of news beyond the sample stories. Each row is a real sentence, its outlet and date in the
// comment above it (or a text of the regression corpus, or a labelled case of Recognizers-Text, MIT, by file and
// index); each failed before the change that added it.
type Row = [string, Array<[string, number | null, string, string | null]>];

const read = (sentence: string) =>
  extractClaims(sentence).quantities.map((q) => [q.text, q.value ?? q.low, q.kind, q.currency ?? q.measureUnit ?? null]);

describe('figures of news (issue 20)', () => {
  test.each<Row>([
    // compare-dev d07 (CNET, 2008-05-13): a dash typed as a hyphen after a scale; the second end was read as $13.
    [
      'Citing unnamed people familiar with the matter, the Journal said HP will pay $12 billion to $13 billion-a price that translates to $24 to $26 per share.',
      [
        ['$12 billion to $13 billion-a', 12e9, 'money', 'USD'],
        ['$24 to $26', 24, 'money', 'USD'],
      ],
    ],
    // compare-dev d07: read as $2.5.
    [
      'EDS is far better connected, with deals worth about $2.5 billion-putting it among the top 10 among government contractors.',
      [
        ['about $2.5 billion-putting', 2.5e9, 'money', 'USD'],
        ['10', 10, 'count', null],
      ],
    ],
    // The Spokesman-Review, 2024-02-09: a fraction written as one character, after the digits ("2½" was 2, then nothing).
    [
      'The temblor was reported at 1:47 p.m., with an epicenter about 2½ miles northeast of Leo Carrillo State Beach and about 3 miles northwest of El Matador State Beach.',
      [
        ['about 2½', 2.5, 'measure', 'mi'],
        ['about 3', 3, 'measure', 'mi'],
      ],
    ],
    // European Commission, interim forecast, 2008-02-21: "½" alone.
    [
      'The outlook for inflation has been revised up by ½ pp. in both areas to 2.9% in the EU and 2.6% in the euro area.',
      [
        ['½', 0.5, 'fraction', null],
        ['2.9%', 2.9, 'percent', null],
        ['2.6%', 2.6, 'percent', null],
      ],
    ],
    // Recognizers-Text CurrencyModel.json#4 (WSJ text of the Penn Treebank): 16.4 * 1e6 is 16399999.999999998.
    ['the price of the second simulator ranges between c $ 16.4 million', [['c $ 16.4 million', 16.4e6, 'money', 'CAD']]],
    // page ars-1 (Ars Technica): a span of time after a name, no name's number.
    ['These were the fixes that I recommended to Mojang 2 years ago.', [['2', 2, 'count', null]]],
    // Washington Newsday, 2022-01-02 (after the Liverpool Echo): stones written onto the figure ("12st" was an ordinal).
    [
      'Sharon Hayes, from Garston, lost an amazing 12st 2lb during lockdown, and her coworkers were “amazed” by her change when she returned to work.',
      [['12st 2lb', 12 + 2 / 14, 'measure', 'st']],
    ],
    [
      'She had been overweight since she was a child, but hit the scales at 23st 9lb at her heaviest.',
      [['23st 9lb', 23 + 9 / 14, 'measure', 'st']],
    ],
    // Daily Express, 2022-01 (express.co.uk 1562231): "nine pounds" after stones weighs (it was read as money).
    [
      'At her heaviest, the mum tipped the scales at 23 stone and nine pounds.',
      [['23 stone and nine pounds', 23 + 9 / 14, 'measure', 'st']],
    ],
    // EUobserver, 2015-11-05: half of a scale ("half a million" was read as a million).
    [
      'It predicted there would be 1 million arrivals in total during 2015, climbing to 1.5 million in 2016, before decreasing to half a million in 2017.',
      [
        ['1 million', 1e6, 'count', null],
        ['1.5 million', 1.5e6, 'count', null],
        ['half a million', 5e5, 'count', null],
      ],
    ],
    // Euronews, 2023-02-02: half of a unit.
    [
      'The European Central bank has raised interest rates in the Eurozone again by half a percentage point.',
      [['half a percentage point', 0.5, 'percent', null]],
    ],
    // AP, 2023-04-04: a part compounded with its unit, like "five-year".
    [
      'WELLINGTON, New Zealand (AP) — New Zealand’s central bank surprised economists on Wednesday by imposing an aggressive half-point rate rise to bring its benchmark interest rate to 5.25%.',
      [
        ['half-point', 0.5, 'count', null],
        ['5.25%', 5.25, 'percent', null],
      ],
    ],
    [
      'Most economists had expected the bank to impose a more modest quarter-point rise after the nation’s economy contracted in the December quarter.',
      [['quarter-point', 0.25, 'count', null]],
    ],
    // Eastern Eye, 2022-07-11: a number phrase in one hyphenated word; the day of the month in brackets is no count.
    [
      'THE United Nations (UN) World Population Prospects report released on the occasion of the World Population Day on Monday (11) projects a further two-and-a-half billion people to be added to the global population.',
      [['two-and-a-half billion', 2.5e9, 'count', null]],
    ],
    // Houston Eagle, after The Guardian, 2023-06-04: a part after "by" or "in" ending its phrase.
    [
      'A pill taken once a day has been shown to cut the risk of dying from lung cancer by half, according to the results from a decade-long global study, The Guardian reported.',
      [['half', 0.5, 'fraction', null]],
    ],
    // WFP Nigeria situation report 72, 2022-09 (ReliefWeb): the second end of a span of designations ("4" was a count).
    [
      '8.4 million people in need (Humanitarian Response Plan 2022), including 4.1 million in the northeast (IPC Phase 3-4 - Cadre Harmonisé, March 2022)',
      [
        ['8.4 million', 8.4e6, 'count', null],
        ['4.1 million', 4.1e6, 'count', null],
      ],
    ],
    // The Infostride, 2015-08-23: a race's distance ("100m" was 100 million) and seconds written onto the figure.
    [
      'Jamaican sprinter Usain Bolt run a season’s best 9.79secs time to beat Justin Gatlin to the 100m title at the 2015 IAAF World Championships in Beijing, China on Sunday.',
      [
        ['9.79secs', 9.79, 'count', null],
        ['100m', 100, 'measure', 'm'],
      ],
    ],
    [
      'He has now won the 100m title at the World Championships three times- ninth medal at the showpiece event- and will be looking to complete the sprint double later on in the week in the 200m.',
      [
        ['100m', 100, 'measure', 'm'],
        ['three', 3, 'count', null],
        ['200m', 200, 'measure', 'm'],
      ],
    ],
    // SCMP (AFP), 2015-08-23.
    [
      "Jamaica's Usain Bolt on his way to winning the gold medal, ahead of arch rival Justin Gatlin (left) in the men's 100m final at the World Athletics Championships in Beijing.",
      [['100m', 100, 'measure', 'm']],
    ],
    // The Hindu, 2022-02-02: sets lost are scores, not ranges; a tiebreak's points in brackets are no count.
    [
      'While Ramkumar suffered a 6-7(7), 6-4, 3-6 defeat against eight seed Stefano Travaglia, local boy Kadhe was beaten 6-7(5), 7-6(4), 6-2 by Joao Sousa.',
      [
        ['6-7', null, 'score', null],
        ['6-4', null, 'score', null],
        ['3-6', null, 'score', null],
        ['eight', 8, 'count', null],
        ['6-7', null, 'score', null],
        ['7-6', null, 'score', null],
        ['6-2', null, 'score', null],
      ],
    ],
    // Business Standard (PTI), 2016-05-18.
    [
      'Seeded 28th and ranked 147, Myneni had his moments before losing 6-7 (5) 5-7 in the second round contest that kept oscillating from one extreme to the other.',
      [
        ['147', 147, 'count', null],
        ['6-7', null, 'score', null],
        ['5-7', null, 'score', null],
        ['one', 1, 'count', null],
      ],
    ],
    // compare-dev d45 (2012-06-11): "999" is an emergency number in "a 999 call", not after a currency sign.
    [
      'The 11-inch Air will cost from $999 up to $1099.',
      [
        ['11-inch', 11, 'measure', 'in'],
        ['$999', 999, 'money', 'USD'],
        ['up to $1099', 1099, 'money', 'USD'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
