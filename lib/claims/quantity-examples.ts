import { AFTER_RULES, EXCLUSIONS, SUFFIX_RULES, UNIT_CHECKS, UNIT_RULES } from './quantity-rules';

// The real sentence each quantity rule was built for (Duckling's corpus, in our form). Not imported by the
// extension: tests/unit/quantity-rules.test.ts runs each through the extractor and checks that its rule fires,
// and scripts/quantity-rules-doc.ts writes docs/rules-quantities.md from these and the tables.
// `source` names where the sentence is: a shared text (../shared), a committed excerpt with its source and
// date, or the unit test whose comment names the outlet.

export interface RuleExample {
  rule: string;
  sentence: string;
  source: string;
}

const CD = 'compare-dev';
const QT = 'tests/unit/quantities.test.ts';

/** Rules reported outside the tables: the reading steps of quantities.ts. */
export const STEP_RULES: Array<{ id: string; what: string }> = [
  { id: 'qualifier-approx', what: 'a qualifier before the figure: about, around, nearly, some, roughly' },
  { id: 'qualifier-min', what: 'more than, at least, over, upwards of' },
  { id: 'qualifier-max', what: 'up to, less than, fewer than, under, as many as' },
  { id: 'qualifier-range', what: 'between, from: the first end of a range' },
  { id: 'money-sign-before', what: 'a currency sign or code before the figure (currencies.ts)' },
  { id: 'money-scale-currency-word', what: 'a scale and a currency in one hyphenated word' },
  { id: 'magnitude-glued', what: 'a magnitude written onto its figure with a hyphen' },
  { id: 'minus-glued', what: 'a minus written onto its figure with a hyphen' },
  { id: 'negative', what: 'a minus sign, "minus" or "negative" before the figure' },
  { id: 'range', what: 'two figures joined by to, -, and, or' },
  { id: 'score', what: 'a score, a vote, or made of attempted' },
  { id: 'unit-from-context', what: 'a left-out noun taken from the text nearby (units.ts, elidedUnit)' },
  { id: 'money-local-dollar', what: 'a bare dollar amount in brackets after one written "$US" is the local dollar' },
  { id: 'measure-unit', what: 'a unit of measurement makes the figure a measure, its unit normalised (units.ts, MEASURE_UNITS)' },
];

export const RULE_EXAMPLES: RuleExample[] = [
  { rule: 'exclude-year', sentence: 'Posted: March 14th, 2013', source: `${CD} d14` },
  { rule: 'exclude-date', sentence: 'June 11, 2012 10:24 AM PDT', source: `${CD} d42` },
  {
    rule: 'exclude-weekday-date',
    sentence:
      'THE United Nations (UN) World Population Prospects report released on the occasion of the World Population Day on Monday (11) projects a further two-and-a-half billion people to be added to the global population.',
    source: 'Eastern Eye, 2022-07-11 (tests/unit/quantities-news.test.ts)',
  },
  {
    rule: 'exclude-tiebreak',
    sentence:
      'While Ramkumar suffered a 6-7(7), 6-4, 3-6 defeat against eight seed Stefano Travaglia, local boy Kadhe was beaten 6-7(5), 7-6(4), 6-2 by Joao Sousa.',
    source: 'The Hindu, 2022-02-02 (tests/unit/quantities-news.test.ts)',
  },
  { rule: 'exclude-clock-time', sentence: 'June 11, 2012 10:24 AM PDT', source: `${CD} d42` },
  { rule: 'exclude-clock-colon', sentence: 'June 11, 2012 10:24 AM PDT', source: `${CD} d42` },
  {
    rule: 'exclude-letters-on-figure',
    sentence: 'He also became the 14th player to reach 13,000 yards receiving.',
    source: `${CD} d18`,
  },
  {
    rule: 'exclude-year-span-end',
    sentence:
      'The government is spending £2.341 billion in the current spending review (2011-15), compared with £2.371 billion spent in 2007-11.',
    source: QT,
  },
  {
    rule: 'exclude-calibre',
    sentence:
      'South Korea’s Yonhap News Agency said Seoul would not send 155mm shells to Ukraine, citing sources in the office of President Yoon Suk-yeol.',
    source: '../shared/claims/articles/004.txt',
  },
  { rule: 'exclude-slash', sentence: 'Posted: 03/14/2013 06:37:46 AM PDT', source: `${CD} d11` },
  {
    rule: 'exclude-apostrophe-year',
    sentence: 'So the perceived enmity didn’t hurt the way it did with Shamir when he ran afoul of Bush in ’91.',
    source: '../shared/pages/wapo-2',
  },
  {
    rule: 'exclude-list-marker',
    sentence: 'None of the starters played more than 30 minutes, Gasol the most at 30:01.',
    source: QT,
  },
  { rule: 'exclude-minutes', sentence: 'Posted: 03/14/2013 06:37:46 AM PDT', source: `${CD} d11` },
  {
    rule: 'exclude-address',
    sentence:
      'KYW’s Pat Loeb reports that the shooting took place just after 8:30pm Thursday night inside the old Nabisco factory, along the 12000 block of Roosevelt Boulevard, at Woodhaven Road.',
    source: `${CD} d27`,
  },
  {
    rule: 'exclude-emergency-number',
    sentence: 'According to CMPD, a 911 call came in regarding a suspicious person in the area.',
    source: QT,
  },
  { rule: 'exclude-designator', sentence: 'Article 5 commits allies to defend each other.', source: QT },
  { rule: 'exclude-name-before', sentence: 'It, too, has been given a USB 2/USB 3 port.', source: `${CD} d43` },
  {
    rule: 'exclude-name-hyphen-after',
    sentence:
      "Compensation paid to 7-Eleven workers by 7-Eleven's head office has so far reached $110 million — an average of $39,000 for each of the 2832 claims by workers who were underpaid by franchisees.",
    source: QT,
  },
  {
    rule: 'exclude-title',
    sentence:
      'It\'s a pivotal moment for the president and his party, as they have been consumed by the now 887-page "One Big Beautiful Bill Act," which was its formal title.',
    source: QT,
  },
  { rule: 'exclude-one-pronoun', sentence: 'This is one of them.', source: `${CD} d06` },
  { rule: 'percent', sentence: 'At $22 billion, EDS had 3%, while H-P had 2.3%.', source: `${CD} d09` },
  {
    rule: 'percent-shared',
    sentence: "A majority of Americans, 58 - 37 percent, think the nation's democracy is in danger of collapse.",
    source: QT,
  },
  {
    rule: 'percent-fraction-of-point',
    sentence:
      'The Fed raised its policy interest rate by three-quarters of a percentage point, boosting it to a range of 3% to 3.25%.',
    source: QT,
  },
  {
    rule: 'share-one-in',
    sentence:
      'The number of children in the US considered poor rose by 1 million in 2010, the US Census said yesterday, with nearly one in three of the youngest Americans now living in poverty.',
    source: QT,
  },
  {
    rule: 'ratio',
    sentence:
      'Ukraine has substituted drones for 155mm shells, where Russia has a roughly 2:1 advantage, and used them with devastating precision against Russian drones, dugouts and armour.',
    source: '../shared/claims/articles/004',
  },
  {
    rule: 'unit-degree-sign',
    sentence: 'A high of 28.7°C was recorded in Cardiff’s Bute Park, and it reached 32°C in Northolt, west London.',
    source: QT,
  },
  {
    rule: 'money-currency-word',
    sentence: 'Eight days of clashes have caused 200 million euros ($265.3 million) of damage in Athens alone.',
    source: `${CD} d39`,
  },
  { rule: 'money-hundredths', sentence: 'EDS shares added 26 cents to close at $24.34 Tuesday.', source: `${CD} d08` },
  {
    rule: 'unit-compound',
    sentence: 'Russian shelling killed a 40-year-old woman and injured two children.',
    source: QT,
  },
  {
    rule: 'age-aged',
    sentence:
      'The first migrant -- a man aged 30 to 35 -- died overnight Thursday to Friday off the coast of Gravelines as an overcrowded inflatable boat capsized, regional prosecutors said.',
    source: QT,
  },
  {
    rule: 'age-year-old',
    sentence:
      'Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest at Mugabe\'s "Blue House" compound in Harare and are insisting the 93 year-old finishes his presidential term, a source said.',
    source: '../shared/pages/telegraph',
  },
  {
    rule: 'age-apposition',
    sentence:
      'Gray, 16, was shot eleven times after police said he pulled out a .357 revolver in East Flatbush, Brooklyn over the weekend.',
    source: `${CD} d35`,
  },
  { rule: 'unit-compound-word', sentence: 'The Angeles said last week they made an eight-year offer.', source: `${CD} d03` },
  {
    rule: 'exclude-shot',
    sentence:
      'It looked like it would be a tight game early as the teams swapped the lead 17 times with 13 ties until Marc Gasol’s three-point play put Memphis ahead to stay.',
    source: QT,
  },
  {
    rule: 'qualifier-after',
    sentence:
      "Charles joined the Titans' Chris Johnson and former Lions great Barry Sanders as the only players with three runs of 80 or more yards in a season.",
    source: `${CD} d18`,
  },
  {
    rule: 'unit-magnitude-before',
    sentence: 'Magnitude 5.9 earthquake strikes off southeastern Taiwan -USGS',
    source: 'tests/corpus/excerpts/reuters-taiwan-earthquake.txt',
  },
  {
    rule: 'unit-head-noun',
    sentence: 'At least 46 demonstrators were arrested along Church Ave. in East Flatbush.',
    source: `${CD} d33`,
  },
  {
    rule: 'unit-measure-before',
    sentence:
      'An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay this morning, according to the U.S. Geological Survey.',
    source: `${CD} d10`,
  },
  {
    rule: 'unit-first-dimension',
    sentence:
      'The display is where the MacBook Pro refresh truly shines, with a Retina display at a whopping 2,880 by 1,800 pixels.',
    source: `${CD} d44`,
  },
  { rule: 'unit-not-event', sentence: '2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant', source: `${CD} d27` },
  {
    rule: 'unit-population',
    sentence: 'Out-of-Control Wildfire Evacuates City of 60,000 in Alberta, Canada',
    source: 'tests/corpus/excerpts/nbc-fort-mcmurray.txt',
  },
  {
    rule: 'unit-degrees-letter',
    sentence: 'Yet temperatures have already increased by over 1.1C (2F) since pre-industrial times.',
    source: QT,
  },
  { rule: 'qualifier-approx', sentence: 'About 100 people have been injured.', source: `${CD} d38` },
  {
    rule: 'qualifier-min',
    sentence: 'At least 46 demonstrators were arrested along Church Ave. in East Flatbush.',
    source: `${CD} d33`,
  },
  { rule: 'qualifier-max', sentence: 'The 11-inch Air will cost from $999 up to $1099.', source: `${CD} d45` },
  { rule: 'qualifier-range', sentence: 'Lower-specced models will cost from $1199.', source: `${CD} d45` },
  { rule: 'money-sign-before', sentence: 'The basic model starts at $2,199.', source: `${CD} d43` },
  {
    rule: 'money-scale-currency-word',
    sentence:
      'Almost a third of the funds are earmarked for fighting climate change and, together with the bloc’s next 1 trillion-euro, seven-year budget, will constitute the biggest green stimulus package in history.',
    source: 'tests/corpus/excerpts/bloomberg-eu-recovery-fund.txt',
  },
  {
    rule: 'magnitude-glued',
    sentence: 'A magnitude-5.9 earthquake struck northern Haiti on Saturday, the United States Geological Survey said.',
    source: 'tests/corpus/excerpts/efe-haiti-earthquake.txt',
  },
  {
    rule: 'minus-glued',
    sentence:
      'Firefighters baAlaska Republican governor and GOP vice presidential candidate Sarah Palin whose church was burned Saturday by suspected arsonttled for about eight hours in minus-20 degree temperatures to completely extinguish the blaze that began at the front door.',
    source: `${CD} d48 (its garbled text as the corpus has it)`,
  },
  { rule: 'negative', sentence: 'Firefighters fought the blaze in temperatures of minus 17 degrees.', source: `${CD} d47` },
  {
    rule: 'measure-dimensions',
    sentence: 'In hard numbers, that means the screen with have a 2880x1800 resolution with 220 pixels per inch.',
    source: `${CD} d45`,
  },
  {
    rule: 'measure-feet-and-inches',
    sentence:
      'The South London club have signed goalkeeper Simon Bloch Jorgensen, who stands at a mighty six foot ten and a half.',
    source: 'Daily Mail, 2019-02-07 (tests/unit/quantities-money-measures.test.ts)',
  },
  {
    rule: 'measure-stones-and-pounds',
    sentence: 'She had been overweight since she was a child, but hit the scales at 23st 9lb at her heaviest.',
    source: 'Washington Newsday, 2022-01-02, after the Liverpool Echo (tests/unit/quantities-news.test.ts)',
  },
  {
    rule: 'money-cents-attached',
    sentence: 'The company has declared an interim dividend of 15c a share to be paid on April 16.',
    source: 'Australian Financial Review, 2015-02-26 (tests/unit/quantities-money-measures.test.ts)',
  },
  {
    rule: 'unit-prime-sign',
    sentence: 'Drenching rains soaked the area, dropping a beneficial 1-3″ for most of southern New England.',
    source:
      'https://whdh.com/weather-blog/worst-of-the-wind-rain-is-behind-us/ (WHDH; tests/unit/quantities-money-measures.test.ts)',
  },
  {
    rule: 'unit-pounds-weight',
    sentence: 'Apple CEO Tim Cook claimed that "It\'s thinner than my finger" and will weigh just 4.5 pounds.',
    source: `${CD} d45`,
  },
  {
    rule: 'money-pence-attached',
    sentence:
      'In the FTSE 250, shares in UK chipmaker CSR surged 30% to 855p after it agreed to be bought for $2.5bn (£1.6bn) by Qualcomm.',
    source: 'tests/corpus/excerpts/bbc-ftse-shire.txt',
  },
  {
    rule: 'exclude-date-span-end',
    sentence:
      "Cooler temps and a need to celebrate are filling the calendar with festivals of food, fun, culture and more. Here's what's coming for the weekend of Oct. 7-9.",
    source: 'tests/corpus/excerpts/nola-festivals.txt',
  },
  { rule: 'range', sentence: 'The manager said, "They poured in here like 40 or 50 of them.', source: `${CD} d36` },
  { rule: 'score', sentence: 'Colts beat Chiefs 20-13 to clinch playoff berth', source: `${CD} d18` },
  {
    rule: 'exclude-name-number-word',
    sentence:
      'Kaitaia conservation department ranger Jamie Werner of Ngātiwai recently attended his first mass beaching on Ninety Mile Beach.',
    source: 'page guardian-1 (../shared/pages)',
  },
  { rule: 'unit-from-context', sentence: 'Eight people were killed and twenty-five wounded.', source: QT },
  { rule: 'measure-unit', sentence: 'Firefighters fought the blaze in temperatures of minus 17 degrees.', source: `${CD} d47` },
  {
    rule: 'money-local-dollar',
    sentence: 'Damage to the church was estimated at $US1 million ($1.52 million), authorities said.',
    source: `${CD} d47`,
  },
];

/** Every rule id, in the order of precedence: the tables of quantity-rules.ts, then the reading steps. */
export function ruleTables(): Array<{ title: string; order: string; ids: string[] }> {
  const ids = (rules: Array<{ id: string }>) => rules.map((r) => r.id);
  return [
    { title: 'Exclusions', order: 'the first that fires drops the figure', ids: ids(EXCLUSIONS) },
    { title: 'Suffixes', order: 'the first that fires reads what follows the figure', ids: ids(SUFFIX_RULES) },
    { title: 'After the figure', order: 'each in turn', ids: ids(AFTER_RULES) },
    { title: 'Counted noun', order: 'the first that fires gives the unit', ids: ids(UNIT_RULES) },
    { title: 'Unit checks', order: 'each in turn', ids: ids(UNIT_CHECKS) },
    { title: 'Reading steps', order: 'reported by quantities.ts', ids: ids(STEP_RULES) },
  ];
}

/** docs/rules-quantities.md: the rules and their sentences, then how to add one. */
export function rulesDoc(): string {
  const lines = [
    '# Quantity rules',
    '',
    'Generated by `npm run rules:quantities` from `lib/claims/quantity-rules.ts` (the tables, in their order of',
    'precedence) and `lib/claims/quantity-examples.ts` (the real sentence each rule was built for);',
    '`tests/unit/quantity-rules.test.ts` fails when this page is out of date or when a sentence no longer fires its',
    'rule. `npm run --silent extract -- --explain FILE` prints, for each figure, the rules that fired.',
    '',
  ];
  for (const table of ruleTables()) {
    lines.push(`## ${table.title} (${table.order})`, '', '| rule | real sentence | source |', '|---|---|---|');
    for (const id of table.ids) {
      const example = RULE_EXAMPLES.find((e) => e.rule === id);
      const sentence = example ? example.sentence.replace(/\|/g, '\\|') : '';
      lines.push(`| \`${id}\` | ${sentence} | ${example?.source ?? ''} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n${GUIDE}`;
}

const GUIDE = `## Adding a rule

1. Find the real sentence the extractor reads wrong, and run \`npm run --silent extract -- --explain FILE\` on it
   to see which rules fire. Keep its source: a short excerpt in \`tests/corpus/excerpts/\` (with \`# source\`,
   \`# date\`, \`# why\`) or a text under \`../shared\`.
2. Add one entry to the table where it belongs in \`lib/claims/quantity-rules.ts\` (the order of a table is its
   precedence): an \`id\` and \`fires\`, which tests the draft and records what it read.
3. Add the sentence to \`RULE_EXAMPLES\` in \`lib/claims/quantity-examples.ts\` and a row to a unit test with the
   expected figures; run \`npm run rules:quantities\` and \`npm run corpus\`, review every change it shows, and
   accept with \`npm run corpus -- --update\`.

Worked example: "A magnitude-5.9 earthquake struck northern Haiti on Saturday" (EFE, 2018-10-07) was read as 9.
\`--explain\` showed no rule on "magnitude-5": the tokenizer keeps a hyphenated word whole, and the sentence was cut
at its stop. The fix is the step \`magnitude-glued\` (a measure word, a hyphen and the figure: the figure is
5.9, its unit the measure), the excerpt \`tests/corpus/excerpts/efe-haiti-earthquake.txt\`, the row in
\`tests/unit/quantities-compare-errors.test.ts\`, and the entry above. \`npm run corpus\` then showed one figure
lost in compare-dev d13 (the wrong "5" of "M7.5"), accepted in the same commit.
`;
