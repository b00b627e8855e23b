import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Each row: a real news sentence, then the quantities it must yield as [text, value, approx, unit, low?, high?].
type Row = [string, Array<[string, number | null, string, string | null, number?, number?]>];

const find = (sentence: string) =>
  extractClaims(sentence).quantities.map((q) => {
    const row: [string, number | null, string, string | null, number?, number?] = [q.text, q.value, q.approx, q.unit];
    if (q.low !== null) row.push(q.low, q.high ?? undefined);
    return row;
  });

describe('quantities', () => {
  test.each<Row>([
    // digits, separators, decimals and scale words
    [
      'The Pentagon says North Korea has sent about 10,000 troops to train in Russia.',
      [['about 10,000', 10000, 'approx', 'troops']],
    ],
    [
      'Its Ministry of Defence revealed that it had issued contracts for the supply of 1.6 million drones of various types, nearly 1.3 million of which had been delivered.',
      [
        ['1.6 million', 1_600_000, 'exact', 'drones'],
        ['nearly 1.3 million', 1_300_000, 'approx', 'drones'],
      ],
    ],
    ['The Ukrainian air force said it shot down 66 of the drones.', [['66', 66, 'exact', 'drones']]],
    // number words and scale words
    [
      'Officials said Russia attacked the region with about a dozen aerial drones overnight.',
      [['about a dozen', 12, 'approx', 'drones']],
    ],
    [
      'There was “a small number of North Korean troops in the Kursk oblast, with a couple of thousand more that are almost there”.',
      [['a couple of thousand', 2000, 'approx', 'troops']],
    ],
    [
      'If you look at the number that have been killed by gun violence, it’s in the tens of thousands.',
      [['tens of thousands', null, 'vague', null]],
    ],
    ['North Korea decided to deploy thousands of soldiers to Ukraine’s front lines.', [['thousands', null, 'vague', 'soldiers']]],
    [
      'In Kharkiv, a police officer was killed, and dozens were injured due to overnight missile strikes.',
      [['dozens', null, 'vague', null]],
    ],
    [
      'Eight people were killed and twenty-five wounded.',
      [
        ['Eight', 8, 'exact', 'people'],
        ['twenty-five', 25, 'exact', 'people'],
      ],
    ],
    // qualifiers
    [
      'Rutte added that more than 600,000 Russian forces have been killed or wounded.',
      [['more than 600,000', 600000, 'min', 'forces']],
    ],
    [
      'At least 13 people were injured in the attacks that hit three districts of the city.',
      [
        ['At least 13', 13, 'min', 'people'],
        ['three', 3, 'exact', 'districts'],
      ],
    ],
    [
      'South Korean intelligence suggested the number could be as high as 12,000 troops.',
      [['as high as 12,000', 12000, 'max', 'troops']],
    ],
    ['Air raid sirens sounded for over five hours as Russian drones targeted the capital.', [['over five', 5, 'min', 'hours']]],
    [
      'Russia launched fewer than 40 missiles, down from almost 90 a week earlier.',
      [
        ['fewer than 40', 40, 'max', 'missiles'],
        ['almost 90', 90, 'approx', 'missiles'],
      ],
    ],
    ['The company will cut up to 1,500 jobs.', [['up to 1,500', 1500, 'max', 'jobs']]],
    // ranges
    [
      'The regime could provide an additional 3 to 4 units, comprising 15,000 to 20,000 soldiers.',
      [
        ['3 to 4', null, 'exact', 'units', 3, 4],
        ['15,000 to 20,000', null, 'exact', 'soldiers', 15000, 20000],
      ],
    ],
    ['Forecasters expect between 5 and 7 hurricanes this season.', [['between 5 and 7', null, 'exact', 'hurricanes', 5, 7]]],
    [
      'The bill would cost $3 billion to $4 billion over a decade.',
      [['$3 billion to $4 billion', null, 'exact', null, 3e9, 4e9]],
    ],
    // each end with its own percent sign (Just the News, WFMJ, The Japan Times)
    [
      'While the Fed maintained interest rates last month after 10 straight hikes, the new target federal funds rate is in the range of 5.25% to 5.5%.',
      [
        ['10', 10, 'exact', 'hikes'],
        ['5.25% to 5.5%', null, 'exact', null, 5.25, 5.5],
      ],
    ],
    ['The previous range set in May was 5%-5.25%.', [['5%-5.25%', null, 'exact', null, 5, 5.25]]],
    [
      'According to a press release, the benchmark rate is rising to a range between 4.75% and 5%.',
      [['between 4.75% and 5%', null, 'exact', null, 4.75, 5]],
    ],
    [
      'The Fed raised its policy interest rate by three-quarters of a percentage point, boosting it to a range of 3% to 3.25%.',
      [
        ['three-quarters of a percentage point', 0.75, 'exact', null],
        ['3% to 3.25%', null, 'exact', null, 3, 3.25],
      ],
    ],
    [
      'The Federal Reserve has raised interest rates by a quarter of a percentage point and plans to continue doing so next month to control inflation, writes the WSJ.',
      [['a quarter of a percentage point', 0.25, 'exact', null]],
    ],
    // a poll's split, and two jumps: both figures are percentages (Quinnipiac, DNAinfo)
    [
      "A majority of Americans, 58 - 37 percent, think the nation's democracy is in danger of collapse.",
      [
        ['58', 58, 'exact', null],
        ['37 percent', 37, 'exact', null],
      ],
    ],
    [
      'In Manhattan, the total spiked by 15 percent, while The Bronx and Brooklyn saw 47 and 52 percent jumps.',
      [
        ['15 percent', 15, 'exact', null],
        ['47', 47, 'exact', null],
        ['52 percent', 52, 'exact', null],
      ],
    ],
    // basketball: shooting splits are one figure each, and clock times are none (AP via NBA.com, Los Angeles Times)
    [
      'Bryant finished with a game-high 29 points but was 9-of-25 from the floor, including 1-of-6 outside the arc.',
      [
        ['29', 29, 'exact', 'points'],
        ['9-of-25', null, 'exact', null],
        ['1-of-6', null, 'exact', null],
      ],
    ],
    [
      'It looked like it would be a tight game early as the teams swapped the lead 17 times with 13 ties until Marc Gasol’s three-point play put Memphis ahead to stay with 3:18 left in the first half.',
      [
        ['17', 17, 'exact', 'times'],
        ['13', 13, 'exact', 'ties'],
      ],
    ],
    ['None of the starters played more than 30 minutes, Gasol the most at 30:01.', [['more than 30', 30, 'min', 'minutes']]],
    // a number word starting a capitalised title is part of a name (Journal-News)
    [
      'It\'s a pivotal moment for the president and his party, as they have been consumed by the now 887-page "One Big Beautiful Bill Act," which was its formal title.',
      [['887-page', 887, 'exact', 'page']],
    ],
    // a unit written before the noun it measures (NewsBreak, Fox61)
    [
      'The Category 4 hurricane made landfall Wednesday afternoon in southern Florida with 155 mph winds.',
      [['155', 155, 'exact', 'mph']],
    ],
    [
      'At landfall, Maria had sustained winds of 155 mph, making it a high-end Category 4 storm, only 2 mph away from a Category 5.',
      [
        ['155', 155, 'exact', 'mph'],
        ['2', 2, 'exact', 'mph'],
      ],
    ],
    // a scale joined by a hyphen (KBS)
    [
      'Citing the spy agency, the lawmakers said the North sent a total of 15-thousand troops to assist Russia in its war against Ukraine via two deployments.',
      [
        ['15-thousand', 15000, 'exact', 'troops'],
        ['two', 2, 'exact', 'deployments'],
      ],
    ],
    // shares: "half of", "one in three", "six-in-ten" (Quinnipiac, Reuters via The Irish Times, Pew)
    [
      'Just over half of Americans (53 percent) expect political divisions in the country to worsen over their lifetime.',
      [
        ['Just over half', 0.5, 'min', 'americans'],
        ['53 percent', 53, 'exact', null],
      ],
    ],
    [
      'The number of children in the US considered poor rose by 1 million in 2010, the US Census said yesterday, with nearly one in three of the youngest Americans now living in poverty.',
      [
        ['1 million', 1e6, 'exact', 'children'],
        ['nearly one in three', 1 / 3, 'approx', 'americans'],
      ],
    ],
    [
      'About four-in-ten Americans (38%) approve of Donald Trump’s job performance, while 59% disapprove, our recent survey found.',
      [
        ['About four-in-ten', 0.4, 'approx', 'americans'],
        ['38%', 38, 'exact', null],
        ['59%', 59, 'exact', null],
      ],
    ],
    // a change "from" one level "to" another is two figures (Arizona Republic)
    [
      'The report projects that the percentage of children living in families with an "insecure" source of food has risen from about 17 percent in 2007 to nearly 18 percent in 2010, an increase of 750,000 children.',
      [
        ['about 17 percent', 17, 'approx', null],
        ['nearly 18 percent', 18, 'approx', null],
        ['750,000', 750000, 'exact', 'children'],
      ],
    ],
    // ratios, fractions, percentages, money
    [
      'Ukraine has substituted drones for shells, where Russia has a roughly 2:1 advantage.',
      [['roughly 2:1', 2, 'approx', null]],
    ],
    ['Two-thirds of voters said the economy was their main concern.', [['Two-thirds', 2 / 3, 'exact', 'voters']]],
    ['Unemployment rose to 4.1% in June.', [['4.1%', 4.1, 'exact', null]]],
    ['Turnout was 67 per cent, the highest since the war.', [['67 per cent', 67, 'exact', null]]],
    ['Congress approved $61 billion in aid for Ukraine.', [['$61 billion', 61e9, 'exact', null]]],
    ['The club was sold for £4.25bn last year.', [['£4.25bn', 4.25e9, 'exact', null]]],
    // durations and ages
    [
      'Russian shelling killed a 40-year-old woman and injured two children.',
      [
        ['40-year-old', 40, 'exact', 'year'],
        ['two', 2, 'exact', 'children'],
      ],
    ],
    ['Eloise Parry, 21, was taken to hospital.', [['21', 21, 'exact', 'year']]],
    ['In the first 10 months of the year, it issued the contracts.', [['10', 10, 'exact', 'months']]],
    // exclusions: years, dates, times, ordinals, designations, furniture, pronoun one, no number
    ['The war began with a full-scale invasion of Ukraine in February 2022.', []],
    ['The picture was released on March 16, 2024 by the Korean Central News Agency.', []],
    ['A man walks past a newspaper in Seoul, Oct. 21, 2024.', []],
    ['The statement was posted at 11:29 a.m. on Tuesday.', []],
    ['The entry of a second nuclear power threatened to broaden the conflict at the fourth summit.', []],
    ['Seoul would not send 155mm shells, and Russia flew Su-34 jets as COVID-19 spread before the G7 met.', []],
    ['China, one of the five permanent members of the Security Council, has been silent.', [['five', 5, 'exact', 'members']]],
    ['No one was hurt, and several drones were shot down by multiple units.', []],
    ['The number of Americans killed since 9/11 by terrorism is small.', []],
    ['Article 5 commits allies to defend each other.', []],
    [
      '“I am responsible for every government business in the region and people forget the Local Government clause 926 makes me a Minister of State”, he told sit-in-host, Agya Owusu Ansah.',
      [],
    ],
    // what a bare figure measures (earthquake reports: BNO News, Sputnik)
    [
      'The U.S. Geological Survey (USGS) said the quake had a preliminary magnitude of 6.8 and struck about 66 kilometers below the surface.',
      [
        ['6.8', 6.8, 'exact', 'magnitude'],
        ['about 66', 66, 'approx', 'kilometers'],
      ],
    ],
    ['Ecuador’s Geophysical Institute put the magnitude slightly lower, at 6.7.', [['6.7', 6.7, 'exact', 'magnitude']]],
    [
      'At least four people have been killed by a 6.5 magnitude earthquake in western Ecuador, the Ecuadorian Secretariat for Risk Management said on Saturday.',
      [
        ['At least four', 4, 'min', 'people'],
        ['6.5', 6.5, 'exact', 'magnitude'],
      ],
    ],
    // a team's score, and temperatures written onto the figure (Yahoo Sports/AP, AP)
    [
      'Simone Fontecchio dunked with 1.4 seconds left as the Utah Jazz beat the Golden State Warriors 124-123 on Wednesday night in a breathless finish.',
      [
        ['1.4', 1.4, 'exact', 'seconds'],
        ['124-123', null, 'exact', null],
      ],
    ],
    [
      'Yet temperatures have already increased by over 1.1C (2F) since pre-industrial times.',
      [
        ['over 1.1C', 1.1, 'min', 'celsius'],
        ['2F', 2, 'exact', 'fahrenheit'],
      ],
    ],
    // election results (newslines.org, TASS): a name's figure, a compound, a sum
    [
      'Nearly three weeks after the election, Michigan’s Board of State Canvassers certifies Trump’s 10,704-vote victory.',
      [
        ['Nearly three', 3, 'approx', 'weeks'],
        ['10,704-vote', 10704, 'exact', 'vote'],
      ],
    ],
    [
      'Trump’s win in Michigan gives him 306 electoral votes to Democrat Hillary Clinton’s 232.',
      [
        ['306', 306, 'exact', 'votes'],
        ['232', 232, 'exact', 'votes'],
      ],
    ],
    [
      'A presidential candidate needed to gain 50% plus one vote to win in the first round.',
      [
        ['50%', 50, 'exact', null],
        ['one', 1, 'exact', 'vote'],
      ],
    ],
    // company results (AP, Los Angeles Times): cents are money, "iPhone 4" is a name
    [
      'The country’s largest telecommunications company said Tuesday it earned $3.46 billion, or 57 cents per share, in the quarter.',
      [
        ['$3.46 billion', 3.46e9, 'exact', null],
        ['57', 0.57, 'exact', null],
      ],
    ],
    [
      '‘It was a phenomenal quarter that exceeded our expectations all around, including the most successful product launch in Apple’s history with iPhone 4,’ Apple Chief Executive Steve Jobs said in a statement.',
      [],
    ],
    // health research reports (The Federalist, the Archives of Internal Medicine study as reported)
    [
      '“Over 97% of individuals had at least one of the 19 risk factors examined with no difference in the prevalence over time,” their report concluded.',
      [
        ['Over 97%', 97, 'min', null],
        ['19', 19, 'exact', 'factors'],
      ],
    ],
    [
      'For people who had never smoked and who maintained a BMI under 30, the risk of chronic disease was reduced 72% -- the most dramatic reduction of any dual combination of healthy factors.',
      [
        ['under 30', 30, 'max', 'bmi'],
        ['72%', 72, 'exact', null],
      ],
    ],
    // "24 of 26 drones", "22 out of 35 missiles": both count the same thing (AFP, Business Recorder, VOA)
    [
      "Ukraine's air force said it had shot down 24 of 26 drones launched from Russia overnight over four regions.",
      [
        ['24', 24, 'exact', 'drones'],
        ['26', 26, 'exact', 'drones'],
        ['four', 4, 'exact', 'regions'],
      ],
    ],
    [
      'Ukraine downs 22 out of 35 missiles, 20 drones used in Russian morning attack, Air Force says',
      [
        ['22', 22, 'exact', 'missiles'],
        ['35', 35, 'exact', 'missiles'],
        ['20', 20, 'exact', 'drones'],
      ],
    ],
    [
      'The Ukrainian air force reported on Telegram that the military’s air defenses shot down 18 of the 23 drones and destroyed the missile.',
      [
        ['18', 18, 'exact', 'drones'],
        ['23', 23, 'exact', 'drones'],
      ],
    ],
    // a participle with the noun left out (Dawn)
    [
      'A suicide blast rocked the federal capital on Tuesday, leaving at least 12 martyred and 30 injured outside a kachehri court building.',
      [
        ['at least 12', 12, 'min', null],
        ['30', 30, 'exact', null],
      ],
    ],
    // NHS waiting lists (The Spectator, Yahoo News): no noun is meant, and percentage points are a percentage
    [
      'The optimistic scenario shows that, by March 2024, the waiting list would stand at 9.2 million, falling to 8.5 million by March 2025.',
      [
        ['9.2 million', 9_200_000, 'exact', null],
        ['8.5 million', 8_500_000, 'exact', null],
      ],
    ],
    [
      'Asked how that could be achieved, Mr Streeting said: “To get to constitutional standards, NHS waiting lists will need to be millions lower by the end of this parliament.”',
      [['millions', null, 'vague', null]],
    ],
    [
      'These are pretty depressing figures, especially for ministers only now realising how little the new tax levy — a 1.25 percentage point rise for both bosses and workers — will achieve.',
      [['1.25 percentage point', 1.25, 'exact', null]],
    ],
    // South Asian English: lakh and crore, and "Rs" (Deccan Herald/PTI, The New Indian Express)
    [
      'Prime Minister Narendra Modi on Tuesday said a new record was created earlier this month when Rs 12,000 crore were transferred directly into the bank accounts of six crore farmers.',
      [
        ['Rs 12,000 crore', 1.2e11, 'exact', null],
        ['six crore', 6e7, 'exact', 'farmers'],
      ],
    ],
    [
      'Through cooperative societies, over 6.04 lakh farmers have received Rs 4,566.13 crore as crop loans.',
      [
        ['over 6.04 lakh', 604_000, 'min', 'farmers'],
        ['Rs 4,566.13 crore', 45_661_300_000, 'exact', null],
      ],
    ],
    // "no longer than" is an upper bound (AP)
    [
      'A person can expect to survive for no longer than 10 minutes in seas that cold, he said.',
      [['no longer than 10', 10, 'max', 'minutes']],
    ],
    // an area written as a compound (AP via CBS)
    [
      'Milloy says crews fighting a 9-square-mile fire near Oroville in Northern California are contending with steep terrain, soaring daytime temperatures and the possibility of renewed winds.',
      [['9-square-mile', 9, 'exact', 'square mile']],
    ],
    // "aged 30 to 35" is an age (AFP)
    [
      'The first migrant -- a man aged 30 to 35 -- died overnight Thursday to Friday off the coast of Gravelines as an overcrowded inflatable boat capsized, regional prosecutors said.',
      [['30 to 35', null, 'exact', 'year', 30, 35]],
    ],
    // a mixed number (a defence lawyer's trial report)
    [
      "Practically, he'll have to serve at least 7 1/2 years before becoming eligible for parole.",
      [['at least 7 1/2', 7.5, 'min', 'years']],
    ],
    // a score is one figure (ISL match reports)
    [
      'A quick fire hattrick from Iker Guarrotxena meant that the Red and Golds were trailing 3-0 against the Gaurs in 23 minutes.',
      [
        ['3-0', null, 'exact', null],
        ['23', 23, 'exact', 'minutes'],
      ],
    ],
    // economic and police reporting (Reuters via Fox Business, Queen City News, Korea Herald, BBC)
    [
      'Initial claims for state jobless benefits increased 1,000 to 427,000, the Labor Department said.',
      [
        ['1,000', 1000, 'exact', 'claims'],
        ['427,000', 427_000, 'exact', 'claims'],
      ],
    ],
    [
      'Fueling concerns about job creation, the U.S. government said on Friday the U.S. unemployment rate ticked up to 9.1 percent in May.',
      [['9.1 percent', 9.1, 'exact', null]],
    ],
    [
      'The number of people still receiving benefits under regular state programs after an initial week of aid slipped to 3.68 million in the week ended May 28 from 3.75 million.',
      [
        ['3.68 million', 3_680_000, 'exact', 'people'],
        ['3.75 million', 3_750_000, 'exact', 'people'],
      ],
    ],
    ['The incident happened around 12 p.m. Friday, Oct. 13, in the 9800 block of Spring Park Drive.', []],
    ['According to CMPD, a 911 call came in regarding a suspicious person in the area.', []],
    [
      'A 24-year-old with schizophrenia wounded two police officers and an ambulance driver.',
      [
        ['24-year-old', 24, 'exact', 'year'],
        ['two', 2, 'exact', 'officers'],
      ],
    ],
    [
      'The government is spending £2.341 billion in the current spending review (2011-15), compared with £2.371 billion spent in 2007-11.',
      [
        ['£2.341 billion', 2.341e9, 'exact', null],
        ['£2.371 billion', 2.371e9, 'exact', null],
      ],
    ],
    // court reports (AP via Lincoln Daily News, a Florida appeal): one of a number counts, and feet are no year
    [
      'The jury deadlocked in his first trial, agreeing on just one of 24 counts -- that Blagojevich lied to the FBI.',
      [
        ['one', 1, 'exact', 'counts'],
        ['24', 24, 'exact', 'counts'],
      ],
    ],
    [
      'Tony Prado appeals the sentence imposed following a conviction for sale of cocaine within 1000 feet of a school.',
      [['1000', 1000, 'exact', 'feet']],
    ],
    // a word in -s right before a figure is its verb, not what it counts (BBC via BelleNews)
    [
      'Joe Biden currently has 253 Electoral College votes, while Donald Trump has 214. To win the White House, a candidate needs 270.',
      [
        ['253', 253, 'exact', 'votes'],
        ['214', 214, 'exact', 'votes'],
        ['270', 270, 'exact', null],
      ],
    ],
    // market reports (Zacks via Nasdaq.com): a figure compounded into an adjective measures its own noun, which the
    // figures around it do not count (AP via NBA.com: unless nothing else is counted)
    [
      'The S&P 500 posted 41 new 52-week highs and 18 new lows, and the Nasdaq Composite recorded 67 new highs and 264 new lows.',
      [
        ['41', 41, 'exact', 'highs'],
        ['52-week', 52, 'exact', 'week'],
        ['18', 18, 'exact', 'lows'],
        ['67', 67, 'exact', 'highs'],
        ['264', 264, 'exact', 'lows'],
      ],
    ],
    [
      'Seventeen components of the 30-stock index ended in negative territory, and 13 ended in positive territory.',
      [
        ['Seventeen', 17, 'exact', 'components'],
        ['30-stock', 30, 'exact', 'stock'],
        ['13', 13, 'exact', 'components'],
      ],
    ],
    [
      'A total of 18.39 billion shares were traded on Monday, lower than the last 20-session average of 20.62 billion.',
      [
        ['18.39 billion', 18.39e9, 'exact', 'shares'],
        ['20-session', 20, 'exact', 'session'],
        ['20.62 billion', 20.62e9, 'exact', 'shares'],
      ],
    ],
    [
      'The Lakers opened an 18-point lead in the first quarter, which they built to 30 in the second.',
      [
        ['18-point', 18, 'exact', 'point'],
        ['30', 30, 'exact', 'point'],
      ],
    ],
    // temperatures (AFP via Zürcher Nachrichten, i): "33C" before any word, "28.7°C", "degrees Celsius"
    [
      'Britain on Monday issued an extreme heat warning, with temperatures predicted to hit more than 30 degrees Celsius (86 Fahrenheit) across large parts of England and Wales.',
      [
        ['more than 30', 30, 'min', 'celsius'],
        ['86', 86, 'exact', 'fahrenheit'],
      ],
    ],
    [
      'Forecasters said the warm weather would remain for much of the week, with peaks of 33C possible in southeast England on Tuesday.',
      [['33C', 33, 'exact', 'celsius']],
    ],
    [
      'A high of 28.7°C was recorded in Cardiff’s Bute Park, and it reached 32°C in Northolt, west London.',
      [
        ['28.7°C', 28.7, 'exact', 'celsius'],
        ['32°C', 32, 'exact', 'celsius'],
      ],
    ],
    // a number word compounded with its unit, as "5-year" is (Sportsmax, Reuters via quake reports); "two-state"
    // and "three-point play" name no count (Washington Post page, AP via NBA.com); a plural noun nearer than the
    // compound is what a bare figure counts (Reuters)
    [
      "Richarlison has signed a five-year contract at Tottenham Hotspur Stadium and has become Spurs' fourth signing ahead of the new season.",
      [['five-year', 5, 'exact', 'year']],
    ],
    [
      'In the Peruvian town of Tumbes on the border with Ecuador, a four-year-old girl died after being hit in the head by a brick, according to an official report.',
      [['four-year-old', 4, 'exact', 'year']],
    ],
    [
      'Earnest added that Netanyahu’s election-eve disavowal of a two-state solution for Israelis and Palestinians would force the administration to reconsider its approach.',
      [],
    ],
    [
      'It looked like it would be a tight game early as the teams swapped the lead 17 times with 13 ties until Marc Gasol’s three-point play put Memphis ahead to stay.',
      [
        ['17', 17, 'exact', 'times'],
        ['13', 13, 'exact', 'ties'],
      ],
    ],
    [
      'The four-week moving average of new claims, a less volatile measure, rose to 395,750, from 390,250.',
      [
        ['four-week', 4, 'exact', 'week'],
        ['395,750', 395750, 'exact', 'claims'],
        ['390,250', 390250, 'exact', 'claims'],
      ],
    ],
    // border figures (The Monitor, CNN via KVIA): a bare figure's noun is not in a relative clause between commas,
    // nor an irregular participle after it
    [
      'For the month of September, total CBP encounters, which includes U.S. Border Patrol apprehensions and inadmissible cases along the southwest border, were 52,546 — a 64% decrease from May.',
      [
        ['52,546', 52546, 'exact', 'encounters'],
        ['64%', 64, 'exact', null],
      ],
    ],
    [
      'There were nearly 72,000 arrests made in July along the southern border, down about 24% from 94,908 made in June, according to the data.',
      [
        ['nearly 72,000', 72000, 'approx', 'arrests'],
        ['about 24%', 24, 'approx', null],
        ['94,908', 94908, 'exact', 'arrests'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(find(sentence)).toEqual(expected);
  });

  test('a stop inside a name ("News.Az") does not end the claim sentence (News.Az)', () => {
    const text =
      'The council announced President Recep Tayyip Erdoğan won 49.51% of the vote and confirmed a runoff vote, scheduled for May 28, News.Az reports citing Anadolu Agency.';
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual([text]);
  });

  test('page furniture alone in a paragraph is not a claim', () => {
    expect(
      extractClaims('Ukraine Prepares To Fight North Korean Troops\n\n144\n\nUkraine prepares to fight.').quantities,
    ).toEqual([]);
  });

  test('a figure before a percent sign that two figures share is a percentage (Quinnipiac, DNAinfo)', () => {
    const kinds = (text: string) => extractClaims(text).quantities.map((q) => [q.text, q.kind]);
    expect(kinds("A majority of Americans, 58 - 37 percent, think the nation's democracy is in danger of collapse.")).toEqual([
      ['58', 'percent'],
      ['37 percent', 'percent'],
    ]);
    expect(
      kinds('The totals, however, were down in Staten Island and Queens, where the numbers dropped by 23 and 16 percent.'),
    ).toEqual([
      ['23', 'percent'],
      ['16 percent', 'percent'],
    ]);
  });

  test('money: a currency named after the figure, with its country for dollars; a dollar sign with its country; cents of a range (Xinhua, Global Legal Insights, Business Insider Australia, Vox)', () => {
    const money = (text: string) =>
      extractClaims(text).quantities.map((q) => [q.text, q.kind, q.currency, q.value ?? [q.low, q.high]]);
    expect(
      money(
        'For the quarter ending on March 31, the software giant reported quarterly revenue of 17.41 billion U.S. dollars, a 6 percent increase on a year-on-year basis.',
      ),
    ).toEqual([
      ['17.41 billion', 'money', 'USD', 17.41e9],
      ['6 percent', 'percent', null, 6],
    ]);
    expect(money('The aggregate value of deals reached Cdn$400bn, surpassing 2015’s total.')).toEqual([
      ['Cdn$400bn', 'money', 'CAD', 400e9],
    ]);
    expect(money('including TransCanada Corp.’s (TransCanada) US$13bn acquisition of Columbia Pipeline Group, Inc.')).toEqual([
      ['US$13bn', 'money', 'USD', 13e9],
    ]);
    expect(money('Fiscal first-quarter (FQ1) revenue: $US91.8 billion. Analysts expected $US88.37 billion.')).toEqual([
      ['$US91.8 billion', 'money', 'USD', 91.8e9],
      ['$US88.37 billion', 'money', 'USD', 88.37e9],
    ]);
    expect(
      money(
        'On a conference call, Chambers said Cisco expects Q3 earnings per share in the range of 51 to 53 cents on about $12 billion in sales.',
      ),
    ).toEqual([
      ['51 to 53', 'money', null, [0.51, 0.53]],
      ['about $12 billion', 'money', 'USD', 12e9],
    ]);
  });

  test('a figure joined to a capitalised word is a name: "7-Eleven" (Green Left)', () => {
    expect(
      find(
        "Compensation paid to 7-Eleven workers by 7-Eleven's head office has so far reached $110 million — an average of $39,000 for each of the 2832 claims by workers who were underpaid by franchisees.",
      ),
    ).toEqual([
      ['$110 million', 110e6, 'exact', null],
      ['$39,000', 39000, 'exact', null],
      ['2832', 2832, 'exact', 'claims'],
    ]);
  });

  test('an area keeps "square" in its unit, and a label before a colon names what is counted (Xinhua, Deseret News)', () => {
    expect(find('The fire covered about 9.1 square km on Monday morning, according to the fire center.')).toEqual([
      ['about 9.1', 9.1, 'approx', 'square km'],
    ]);
    expect(
      find(
        'Within six hours, the fire grew from 15 acres (6.1 ha) to over 2,100 acres (850 ha).\nHomes destroyed: At least 1,700, according to county authorities.\nInjuries: 71 to firefighters, and 27 to civilians.',
      ).slice(-3),
    ).toEqual([
      ['At least 1,700', 1700, 'min', 'homes'],
      ['71', 71, 'exact', 'injuries'],
      ['27', 27, 'exact', 'injuries'],
    ]);
  });

  test('a left-out noun is taken from the figure before', () => {
    const q = extractClaims(
      'Ryder confirmed that North Korea had sent a total of 10,000 troops. South Korean intelligence last week suggested the number could be as high as 12,000.',
    ).quantities;
    expect(q.map((x) => [x.text, x.unit])).toEqual([
      ['10,000', 'troops'],
      ['as high as 12,000', 'troops'],
    ]);
  });
});
