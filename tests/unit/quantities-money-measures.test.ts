import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Issue 20: money written the other ways, signs, glued units, fractions and number words in full. Each row is a
// real sentence: compare-dev (ECB+, CC BY 3.0), an excerpt in tests/corpus/excerpts, or a labelled case of
// Recognizers-Text / quantulum3 (MIT; tests/data/recognizers.json, named by file and index).
type Row = [string, Array<[string, number | null, string, string | null, string | null]>];

const read = (sentence: string) =>
  extractClaims(sentence).quantities.map((q) => [q.text, q.value ?? q.low, q.kind, q.unit, q.currency]);

describe('figures of issue 20', () => {
  test.each<Row>([
    // BBC, 2014-10-15: pence written onto the figure.
    [
      'In the FTSE 250, shares in UK chipmaker CSR surged 30% to 855p after it agreed to be bought for $2.5bn (£1.6bn) by Qualcomm.',
      [
        ['30%', 30, 'percent', null, null],
        ['855p', 8.55, 'money', null, 'GBP'],
        ['$2.5bn', 2.5e9, 'money', null, 'USD'],
        ['£1.6bn', 1.6e9, 'money', null, 'GBP'],
      ],
    ],
    // compare-dev d47, d48: below zero.
    ['Firefighters fought the blaze in temperatures of minus 17 degrees.', [['minus 17', -17, 'measure', 'degrees', null]]],
    // compare-dev d42: a unit written onto the figure; a size, one figure (it was two counts, the first of "x").
    [
      'The 15-inch MacBook Pro offers a larger 1,440 x 900 display and starts out with a 2.3GHz quad-core Intel Core i7 chip.',
      [
        ['15-inch', 15, 'measure', 'inch', null],
        ['1,440 x 900', null, 'measure', 'display', null],
        ['2.3GHz', 2.3, 'measure', 'ghz', null],
      ],
    ],
    // Stuff, 2013 (tests/corpus/excerpts/stuff-macbook-air-no-retina.txt): sizes written with "x" and "×", which a
    // calendar year is not, and inches and millimetres written onto the figure.
    [
      'But as Apple lavished a 2048 x 1536 display on the 7.9in iPad Mini, announced the thinner, lighter Retina-toting iPad Air.',
      [
        ['2048 x 1536', null, 'measure', 'display', null],
        ['7.9in', 7.9, 'measure', 'in', null],
      ],
    ],
    [
      'That’s compared to the 13in MacBook Pro’s 2560×1600 resolution.',
      [
        ['13in', 13, 'measure', 'in', null],
        ['2560×1600', null, 'measure', 'resolution', null],
      ],
    ],
    [
      'We doubt that’s because Apple’s engineers aren’t capable what with the new 13in MacBook Pro now coming in at just 180mm (0.71in) thick.',
      [
        ['13in', 13, 'measure', 'in', null],
        ['180mm', 180, 'measure', 'mm', null],
        ['0.71in', 0.71, 'measure', 'in', null],
      ],
    ],
    // CNET, 2013 (tests/corpus/excerpts/cnet-macbook-air-rivals.txt): the tokenizer cuts "1,680x1,050",
    // "2,560-by-1,440" and "1,366 x768" each its own way (lib/claims/dimensions.ts).
    [
      'I needed the extra desktop space the scaled display settings provide (1,680x1,050 in my case), and I appreciate the clarity of a Retina screen.',
      [['1,680x1,050', null, 'measure', null, null]],
    ],
    [
      "Enter the latest round of Windows 8.1 featherweight lappies, which trounce the MBA's unimpressive 1,440x900 (13-inch MBA) and 1,366 x768 (11-inch) resolutions.",
      [
        ['1,440x900', null, 'measure', null, null],
        ['13-inch', 13, 'measure', 'inch', null],
        ['1,366 x768', null, 'measure', null, null],
        ['11-inch', 11, 'measure', 'inch', null],
      ],
    ],
    // Autotrader (tests/corpus/excerpts/autotrader-horsepower-torque.txt): torque is a measure, in either spelling.
    [
      'Her Infiniti I30t had 217 lb-ft at a much higher 4,000 rpm.',
      [
        ['217', 217, 'measure', 'lb-ft', null],
        ['4,000', 4000, 'measure', 'rpm', null],
      ],
    ],
    [
      'The Jetta TDI has 236 pound-feet of it at 1,750 rpm, just above idle speed.',
      [
        ['236', 236, 'measure', 'pound-feet', null],
        ['1,750', 1750, 'measure', 'rpm', null],
      ],
    ],
    // AP, 2015-08-11 (pgjonline.com, "Oil Price Slumps to Lowest Level Since March 2009"): cents are a hundredth,
    // exactly (the binary fraction's tail made 0.028999999999999998).
    [
      'Wholesale gasoline closed unchanged at $1.694 a gallon, while heating oil fell 2.9 cents to close at $1.563 a gallon.',
      [
        ['$1.694', 1.694, 'money', null, 'USD'],
        ['2.9', 0.029, 'money', null, null],
        ['$1.563', 1.563, 'money', null, 'USD'],
      ],
    ],
    // WHDH's and WPRI's weather pages (whdh.com/weather-blog/worst-of-the-wind-rain-is-behind-us, wpri.com
    // weather-alert-storm-departs-spot-shower-and-blustery-today): inches written as a double prime.
    [
      'Drenching rains soaked the area, dropping a beneficial 1-3″ for most of southern New England.',
      [['1-3″', 1, 'measure', 'inches', null]],
    ],
    ['Rainfall totals topped 3″ in spots!', [['3″', 3, 'measure', 'inches', null]]],
    // Daily Mail, 2019-02-07 (dailymail.co.uk/sport/football/article-6678607), and Vital Football's "Northampton Sign
    // Striker": a height in feet and inches is one figure in feet (it was two, the inches a count of the next noun).
    [
      'The South London club have signed goalkeeper Simon Bloch Jorgensen, who stands at a mighty six foot ten and a half.',
      [['six foot ten and a half', 6 + 10.5 / 12, 'measure', 'foot', null]],
    ],
    [
      'Sportsmail columnist Crouch, who recently moved to the Premier League club from Stoke City, stands at a comparatively small six foot seven.',
      [['six foot seven', 6 + 7 / 12, 'measure', 'foot', null]],
    ],
    [
      '6 foot 5 Danish striker Poul Hubertz has signed a 12 month contract with Northampton.',
      [
        ['6 foot 5', 6 + 5 / 12, 'measure', 'foot', null],
        ['12', 12, 'count', 'month', null],
      ],
    ],
    // Polls: a share after a candidate's name is no designation ("Boeing 737"), and "49-47%" is two shares, not a
    // score. USA Today, 2016-09-06 (eu.usatoday.com/story/news/politics/onpolitics/2016/09/06/cnn-orc-poll-...);
    // gantnews.com, 2016-09-11 ("Poll: Clinton leads Trump by 5 points"); the ABC News/Ipsos poll as news-pravda.com
    // quoted it, 2024-10-27.
    [
      'Trump is ahead of Clinton 45%-43% among likely voters.',
      [
        ['45%', 45, 'percent', null, null],
        ['43%', 43, 'percent', null, null],
      ],
    ],
    [
      'Trump leads Clinton 50% to 36% among white likely voters, narrower than Mitt Romney’s 20-point margin over Obama in 2012.',
      [
        ['50%', 50, 'percent', null, null],
        ['36%', 36, 'percent', null, null],
        ['20-point', 20, 'count', 'point', null],
      ],
    ],
    [
      'Just 2 percentage points separate Harris and Donald Trump among all registered voters, 49-47%.',
      [
        ['2 percentage points', 2, 'percent', null, null],
        ['49', 49, 'percent', null, null],
        ['47%', 47, 'percent', null, null],
      ],
    ],
    // Daily Nation (nation.africa/kenya/news/sh3-6tn-budget-but-only-sh15bn-to-fight-covid-3404198): Kenyan
    // shillings written against the figure (they were no figure at all).
    [
      'Kenya has set aside a paltry Sh15.4 billion for Covid-19 fight in its expansive Sh3.6 trillion budget for the new financial year, exposing the country to resource constraints in case donors bail out.',
      [
        ['Sh15.4 billion', 15.4e9, 'money', null, 'KES'],
        ['Sh3.6 trillion', 3.6e12, 'money', null, 'KES'],
      ],
    ],
    // Australian Financial Review, 2015-02-26 (afr.com results-wrap reporting season blog): cents written onto the
    // figure before what they price (they were read as degrees Celsius).
    ['The company has declared an interim dividend of 15c a share to be paid on April 16.', [['15c', 0.15, 'money', null, null]]],
    // A number opening with its decimal point: WRAL (wral.com "Storms bring needed rain, usher in cooler weather"; it
    // was read as 84 inches), a batting average (compare-dev d04), and a calibre, which is excluded (compare-dev d35;
    // it was 357 revolvers, and the statement around it ended at the point: "he pulled out a .").
    [
      'WRAL meteorologist Mike Maze said about .84 inches of rain fell Wednesday at Raleigh-Durham International Airport, which is the most the area has seen since Jan. 2.',
      [['about .84', 0.84, 'measure', 'inches', null]],
    ],
    [
      'Gray, 16, was shot eleven times after police said he pulled out a .357 revolver in East Flatbush, Brooklyn over the weekend.',
      [
        ['16', 16, 'count', 'year', null],
        ['eleven', 11, 'count', 'times', null],
      ],
    ],
    // AP via the Coeur d'Alene Press, 2010-09-20 ("Schaub helps Texans win in OT"): a team's record in brackets is a
    // score, whichever side is larger ("0-2" was a range of interceptions).
    [
      'At Minneapolis, Brett Favre had his worst game with Vikings, throwing three interceptions and losing a fumble, and Miami (2-0) stopped Adrian Peterson on fourth-and-goal from the 1 to preserve a victory over Minnesota (0-2).',
      [
        ['three', 3, 'count', 'interceptions', null],
        ['2-0', null, 'score', null, null],
        ['1', 1, 'count', 'interceptions', null],
        ['0-2', null, 'score', null, null],
      ],
    ],
    // USA Today, 2016-09-06: a margin either way is not below zero (it was -3.5).
    [
      'The telephone poll of 886 registered voters has a margin of error of plus or minus 3.5 points.',
      [
        ['886', 886, 'count', 'voters', null],
        ['3.5', 3.5, 'count', 'points', null],
      ],
    ],
    // Dove Bulletin, 2020-04 ("Oil price climbs to $29 per barrel"): a sum and its share are no range (it was $4.40 to
    // $17.80).
    [
      'It was cheery news in the global oil industry on Thursday as the price of international benchmark grade, Brent crude, climbed $4.40 or 17.8 per cent to $29.14 per barrel from less than $25 per barrel.',
      [
        ['$4.40', 4.4, 'money', null, 'USD'],
        ['17.8 per cent', 17.8, 'percent', null, null],
        ['$29.14', 29.14, 'money', null, 'USD'],
        ['less than $25', 25, 'money', null, 'USD'],
      ],
    ],
    // 15now.org, 2017-01-12 (tests/corpus/excerpts/15now-minimum-wage.txt): money per a unit, after a slash.
    [
      'Low-wage workers pushed $15/hr on the agenda in the first place, and it’s going to take a powerful movement of low-wage workers to fight back.',
      [['$15', 15, 'money', null, 'USD']],
    ],
    // Recognizers-Text DimensionModel.json#34: a common fraction, which "9/11" is not.
    ['raceway park ( minnesota ) in shakopee is a 1/4 mile paved oval.', [['1/4', 0.25, 'fraction', 'mile', null]]],
    // quantulum3 quantities.json#41, #42: parts in words.
    [
      'The probability of a fair dice showing a certain face is exactly one sixth.',
      [['one sixth', 1 / 6, 'fraction', null, null]],
    ],
    ["I'd like two thirds of the cake.", [['two thirds', 2 / 3, 'fraction', 'cake', null]]],
    // quantulum3 quantities.json#36: a number in words, in full.
    ['I told him: "one hundred and two" at the time', [['one hundred and two', 102, 'count', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  test('pounds of weight are no money (compare-dev d43)', () => {
    const sentence =
      'The machine is 0.71 inches thin, a quarter-inch thinner than the current MacBook Pro; it weighs under 4.5 pounds.';
    const weight = extractClaims(sentence).quantities.find((q) => q.text.endsWith('4.5'));
    expect([weight?.kind, weight?.unit, weight?.currency, weight?.measureUnit]).toEqual(['measure', 'pounds', null, 'lb']);
  });

  test('sizes keep their sides (CNET, 2013)', () => {
    const sentence = 'HP Spectre 13 is 3.25 pounds, 15mm thick, and can be equipped with a 2,560-by-1,440 touch display.';
    const quantities = extractClaims(sentence).quantities;
    const size = quantities.find((q) => q.text === '2,560-by-1,440');
    expect([size?.dimensions, size?.unit]).toEqual([[2560, 1440], 'display']);
    expect(quantities.find((q) => q.text === '15mm')?.measureUnit).toBe('mm');
    // A device's size beside it makes the pounds a weight (it was read as money in pounds sterling).
    expect(quantities.find((q) => q.text === '3.25')?.measureUnit).toBe('lb');
  });

  test('a calibre is a designation, not a measure (GUIDELINE.md: "155mm shells")', () => {
    const sample = 'South Korea’s Yonhap News Agency said Seoul would not send 155mm shells to Ukraine, citing sources.';
    expect(extractClaims(sample).quantities).toEqual([]);
  });

  test('a range may open below zero (Recognizers-Text NumberRangeModel.json#4)', () => {
    const range = extractClaims('He scores between negative ten and fifteen.').quantities.find((q) => q.low !== null);
    expect([range?.text, range?.low, range?.high]).toEqual(['negative ten and fifteen', -10, 15]);
  });
});

describe('more figures of issue 20', () => {
  test.each<Row>([
    // quantulum3 quantities.json#45, compare-dev d16: a half added to a whole number.
    ['two and a half miles to the east', [['two and a half', 2.5, 'measure', 'miles', null]]],
    [
      "He said it's the largest quake he's felt since moving to the area two and a half years ago.",
      [['two and a half', 2.5, 'count', 'years', null]],
    ],
    // Recognizers-Text NumberModel.json#205: and then its scale.
    ['There are five and a half million fishes in this lake', [['five and a half million', 5.5e6, 'count', 'fishes', null]]],
    // Recognizers-Text CurrencyModel.json#139: a part of a scale.
    ['It costs a quarter million us dollars.', [['a quarter million', 250000, 'money', null, 'USD']]],
    // quantulum3 quantities.json#28: a trillion written onto the figure after a sign.
    [
      'Italy covers an area of 301,338 km2 (116,347 sq mi). Its GDP is $2.174T.',
      [
        ['301,338', 301338, 'measure', 'km2', null],
        ['116,347', 116347, 'measure', 'sq mi', null],
        ['$2.174T', 2.174e12, 'money', null, 'USD'],
      ],
    ],
    // quantulum3 quantities.json#22: scientific notation.
    [
      'Objects fall with an acceleration of 9.83e-3 +/- 1e-5 km/s2',
      [
        ['9.83e-3', 0.00983, 'count', null, null],
        ['1e-5', 0.00001, 'measure', 'km', null],
      ],
    ],
    // quantulum3 quantities.json#93: a range with its unit after each end.
    [
      'They were given 44 mg to 50 mg ethanol and ten pills.',
      [
        ['44 mg to 50', 44, 'measure', 'mg', null],
        ['ten', 10, 'count', 'pills', null],
      ],
    ],
    // Recognizers-Text CurrencyModel.json#73: a currency named with its country.
    [
      'uefa charged ferguson for bringing the game into disrepute with his comments , and on 1 may that year he was fined 10,000 swiss francs  .',
      [['10,000', 10000, 'money', null, 'CHF']],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('a number that opens with its decimal point', () => {
  test('the statement around a calibre runs past its point (compare-dev d35)', () => {
    const sentence =
      'Gray, 16, was shot eleven times after police said he pulled out a .357 revolver in East Flatbush, Brooklyn over the weekend.';
    const statement = extractClaims(sentence).attributions[0];
    expect(statement && sentence.slice(statement.contentStart, statement.contentEnd)).toBe(
      'he pulled out a .357 revolver in East Flatbush, Brooklyn over the weekend.',
    );
  });
});
