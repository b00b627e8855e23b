import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { type Article, clusterArticles, readArticle, storiesOf, updateOf } from '@/lib/compare/clusters';
import { passagesOf } from '@/lib/compare/context';
import { conflictOf, matchReadings, valuesAgree } from '@/lib/compare/match';
import type { Reading } from '@/lib/compare/reading';
import { readOnPage, storyOfPassages } from '@/lib/compare/saved';
import { readStory, sameStory } from '@/lib/compare/story';
import { CLAIMS } from '../../scripts/paths';

const DEV = `${CLAIMS}/compare-dev`;
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const articles = new Map<string, Article>();
type At = [id: string, words: string, figure: string];

function article(id: string): Article {
  let a = articles.get(id);
  if (!a) {
    const text = readFileSync(`${DEV}/articles/${id}.txt`, 'utf8');
    a = { id, text, publishedAt: null, claims: extractClaims(text).claims };
    articles.set(id, a);
  }
  return a;
}

/** The figure written `figure` in the sentence of article `id` that holds `words`. */
function figure(id: string, words: string, figure: string): Reading {
  const a = article(id);
  const at = a.text.indexOf(words);
  if (at < 0) throw new Error(`no “${words}” in ${id}`);
  const r = readArticle(a).find(
    (x) => x.quantity.text === figure && x.quantity.start >= at && x.quantity.end <= at + words.length,
  );
  if (!r) throw new Error(`no figure “${figure}” near “${words}” in ${id}`);
  return r;
}

describe('what a figure was read as', () => {
  test('kinds: money with its currency, percent, lengths in km, magnitudes, ages, scores', () => {
    expect(figure('d39', 'caused 200 million euros', '200 million')).toMatchObject({ measure: 'money:EUR' });
    expect(figure('d08', "IBM's 10 percent share", '10 percent')).toMatchObject({ measure: 'percent', low: 9.5, high: 10.5 });
    const km = figure('d47', '64 kilometres north of Anchorage', '64');
    const miles = figure('d48', 'about 40 miles north of Anchorage', 'about 40');
    expect([km.measure, miles.measure, miles.from]).toEqual(['length', 'length', 'anchorage']);
    const magnitude = figure('d12', 'by a magnitude 4.6 earthquake', '4.6');
    expect([magnitude.measure, magnitude.low?.toFixed(2), magnitude.high?.toFixed(2)]).toEqual(['magnitude', '4.55', '4.65']);
    expect(figure('d28', 'Tanya Wilson, 47', '47')).toMatchObject({ measure: 'age' });
    expect(figure('d21', 'tied the game at 13-13', '13-13')).toMatchObject({ measure: 'score', score: '13-13' });
    // A size that names a model is a designation, never matched: "a 15-inch version".
    expect(figure('d41', 'for a 15-inch version', '15-inch').measure).toBe('designation');
    // People under any noun: the event word then tells killed from wounded.
    expect(figure('d29', 'killing two workers', 'two')).toMatchObject({ thing: 'people', event: 'killed' });
    // No noun, but an event that happens to people: a headline's "2 Dead" and "Kills Two" count people.
    expect(figure('d27', '2 Dead, 1 Wounded', '2')).toMatchObject({ thing: 'people', event: 'killed' });
    expect(figure('d29', 'Hiller Kills Two In Kraft', 'Two')).toMatchObject({ thing: 'people', event: 'killed' });
  });
});

describe('matches and traps on real sentence pairs (compare-dev)', () => {
  test.each<[string, At, At, string]>([
    [
      'a conversion: 64 km is about 40 miles',
      ['d47', '64 kilometres north', '64'],
      ['d48', 'about 40 miles north of Anchorage', 'about 40'],
      'agree',
    ],
    ['people killed under two nouns', ['d26', 'killing two women', 'two'], ['d29', 'killing two workers', 'two'], 'agree'],
    [
      'shot seven times: the bullets that hit',
      ['d32', 'had been shot seven times', 'seven'],
      ['d33', 'Gray was hit by seven bullets', 'seven'],
      'agree',
    ],
    [
      'members are people: a 1000-member congregation of up to 1,000',
      ['d47', '1000-member', '1000-member'],
      ['d48', 'up to 1,000', 'up to 1,000'],
      'agree',
    ],
    [
      'a depth with a dropped decimal point',
      ['d10', 'had a depth of 1.2 miles', '1.2'],
      ['d11', 'with a depth of 12 miles', '12'],
      'differ',
    ],
  ])('%s', (_, [ai, aw, af], [bi, bw, bf], verdict) => {
    expect(matchReadings(figure(ai, aw, af), figure(bi, bw, bf)).verdict).toBe(verdict);
  });

  test('a headline’s "2 Dead" joins the reports of two killed, not the three dead of another shooting', () => {
    const clusters = clusterArticles(['d26', 'd27', 'd29', 'd30'].map(article));
    const killed = clusters.find((c) => c.members.some((m) => m.article === 'd27' && m.reading.quantity.start === 0));
    // Agreements join first: the differing "three biology professors dead" (another shooting, d30) no longer takes it.
    expect(killed?.verdict).toBe('agree');
    expect(killed?.members.map((m) => m.reading.quantity.value)).not.toContain(3);
    expect(new Set(killed?.members.map((m) => m.article))).toEqual(new Set(['d26', 'd27', 'd29', 'd30']));
  });

  test('specifications of other models: names each side only weigh against, partners in the other report veto "differ"', () => {
    // "The new MacBook Air features third-generation 1.7GHz" vs the 15-inch MacBook Pro's "2.3GHz quad-core".
    const air = figure('d43', 'MacBook Air features third-generation 1.7GHz', '1.7GHz');
    const pro = figure('d42', 'starts out with a 2.3GHz', '2.3GHz');
    expect(matchReadings(air, pro).verdict).toBe('differ');
    const clusters = clusterArticles(['d42', 'd43'].map(article));
    const together = clusters.find((c) =>
      c.members.some((m) => m.reading === air || m.reading.quantity.start === air.quantity.start),
    );
    expect(together?.members.some((m) => m.article === 'd42' && m.reading.quantity.start === pro.quantity.start) ?? false).toBe(
      false,
    );
  });

  test('update over time: the Nationals’ offer of $160 million (15 Dec) reported raised to $178–184 million (23 Dec)', () => {
    const first = { article: 'd04', reading: figure('d04', 'eight-year, $160 million offers by the Angels', '$160 million') };
    const raised = {
      article: 'd02',
      reading: figure('d02', 'between $178 million and $184 million', 'between $178 million and $184 million'),
    };
    const dates = new Map([
      ['d04', readStory(article('d04').text).date],
      ['d02', readStory(article('d02').text).date],
    ]);
    expect(updateOf([raised, first], dates)).toBe(
      '$160 million on 2008-12-15 → between $178 million and $184 million on 2008-12-23',
    );
    // Reports of one day that differ (the Kraft wounded: one for the police, two for Forbes) are a disagreement.
    const police = { article: 'd27', reading: figure('d27', '1 Wounded', '1') };
    const forbes = { article: 'd29', reading: figure('d29', 'wounding two others', 'two') };
    const sameDay = new Map([
      ['d27', readStory(article('d27').text).date],
      ['d29', readStory(article('d29').text).date],
    ]);
    expect([...sameDay.values()]).toEqual(['2010-09-10', '2010-09-10']);
    expect(updateOf([police, forbes], sameDay)).toBeNull();
    // Undated reports tell no order.
    expect(
      updateOf(
        [raised, first],
        new Map([
          ['d02', '2008-12-23'],
          ['d04', null],
        ]),
      ),
    ).toBeNull();
  });

  test('seven years and eight years do not agree by rounding', () => {
    const seven = figure('d01', 'offered Teixeira a seven-year deal', 'seven-year');
    const eight = figure('d03', 'an eight-year deal worth', 'eight-year');
    expect(matchReadings(seven, eight).verdict).not.toBe('agree');
  });

  test('the counted noun where the extractor read it (issue 17), not searched for again', () => {
    // "The 4.2-magnitude earthquake was recorded … according to the US Geological Survey, which originally had rated
    // the quake as 4.4 in magnitude." The extractor read the unit of "4.4" at the "magnitude" of "4.2-magnitude".
    const rated = figure('d16', 'rated the quake as 4.4 in magnitude', '4.4');
    const at = article('d16').text.lastIndexOf('4.2-magnitude', rated.quantity.start) + 4;
    expect(rated.quantity).toMatchObject({ unit: 'magnitude', unitStart: at, unitEnd: at + 'magnitude'.length });
    expect(rated.subject).toMatchObject({ thing: 'magnitude', owner: null, place: null });
  });

  test('an organisation named after a country is neither where a figure is nor whose (one splitter, issue 17)', () => {
    // Read in the whole sentence by the extractor's splitter (the old cut ended it at "a.m. " or "U.S. "), "the U.S.
    // Geological Survey" is an organisation: the quake's place is not the United States.
    const d10 = figure('d10', 'preliminary magnitude of 4.6 was recorded in the North Bay', '4.6');
    expect(d10.subject).toMatchObject({ thing: 'magnitude', owner: null, place: null });
    const d17 = figure('d17', 'The U.S. Geological Survey says the 4.4-magnitude temblor', '4.4-magnitude');
    expect(d17.subject).toMatchObject({ thing: 'magnitude', owner: null, place: null });
  });

  test('trap: the same eight-year length of offers by two teams, each the one that made it', () => {
    const nationals = figure('d01', 'the Washington Nationals made Teixeira an eight-year', 'eight-year');
    const redSox = figure('d04', 'Boston Red Sox have made first baseman Mark Teixeira an eight-year', 'eight-year');
    expect([nationals.holders, redSox.holders]).toEqual([
      ['washington', 'nationals'],
      ['boston', 'red', 'sox'],
    ]);
    expect(matchReadings(nationals, redSox)).toMatchObject({
      verdict: 'none',
      reason: 'not: washington nationals vs boston red sox',
    });
  });

  test('another model of one launch, named by its size in the sentence, is another quantity', () => {
    // The 15-inch MacBook Pro's "2.3GHz quad-core" vs the 15.4" Retina model's "2.3 GHz i7" (two gold clusters).
    const pro = figure(
      'd42',
      'The 15-inch MacBook Pro offers a larger 1,440 x 900 display and starts out with a 2.3GHz',
      '2.3GHz',
    );
    const retina = figure('d45', 'the standard model will have a 15.4" retina display, 2.3 GHz', '2.3');
    expect(pro.variants).toEqual(['15']);
    expect(retina.variants).toEqual(['15.4']);
    expect(matchReadings(pro, retina)).toMatchObject({ verdict: 'none', reason: 'not: the 15-inch vs the 15.4-inch' });
    // "13- and 15-inch" names both models; the figure itself ("a 15-inch version") is no variant of itself.
    expect(figure('d41', 'The 13- and 15-inch portables run up to 2.7GHz', 'up to 2.7GHz').variants).toEqual(['13', '15']);
  });

  test('another line of one product, where the article names several: the MacBook Air is not the MacBook Pro', () => {
    const air = figure('d45', 'The 13" Macbook Air will get a 1.8 GHz', '1.8');
    expect(air.lines).toEqual(['air']);
    const pro = figure('d43', 'The new MacBook Pro features Intel Ivy Bridge chips, running at up to a 2.7GHz', '2.7GHz');
    expect(pro.lines).toContain('pro');
    expect(matchReadings(air, pro).reason).toBe('not: the air vs the pro');
    // A headline's capitals name no product line: "Kills 2 Women in Kraft Factory Shooting".
    expect(figure('d26', 'Suspended Worker Kills 2 Women', '2').lines).toEqual([]);
  });

  test('the CLI (whole article) and the background (its passages) read the same product lines', () => {
    // "If you're more comfortable with Apple's conventional MacBook Pro design …, Apple will ask $1,099 for the base
    // 13-inch version": its article names the MacBook Air only in a sentence with no figure ("Like the new MacBook Air,
    // they tout USB 3.0 ports."), the sentence before. Each path reads the lines once into the article's story.
    for (const id of ['d41', 'd42', 'd43', 'd44', 'd45']) {
      const a = article(id);
      const passages = passagesOf(a.text, a.claims);
      const page = { id, story: storyOfPassages(id, passages, null) };
      const cli = readArticle(a);
      for (const p of passages) {
        for (const q of p.quantities) {
          const cliLines = cli.find((r) => r.quantity.start === q.start)?.lines;
          expect([q.text, readOnPage(page, p, q)?.lines]).toEqual([q.text, cliLines]);
        }
      }
    }
    expect(figure('d41', 'Apple will ask $1,099', '$1,099').lines).toEqual(['pro']);
  });

  test('a record of a season or a career is not one game’s figure; "per season" is a rate, not a period', () => {
    const season = figure('d18', 'three runs of 80 or more yards in a season', '80 or more');
    expect(season.periods).toEqual(['season']);
    const run = figure('d19', 'including an 86-yard touchdown run', '86-yard');
    expect(run.periods).toEqual([]);
    expect(matchReadings(season, run)).toMatchObject({ verdict: 'none', reason: 'not: season vs one game' });
    // Luck's 205 yards "to break the single-season rookie record": the record is five words on, the yards are the game's.
    expect(figure('d20', 'Andrew Luck threw for 205 yards to break the single-season', '205').periods).toEqual([]);
    expect(figure('d03', 'an eight-year deal worth $184 million or $23 million per season', '$184 million').periods).toEqual([]);
  });

  test('the same price of a base model and of an upgraded or higher-end one are two quantities', () => {
    const upgraded = figure('d41', 'with an upgraded 15-inch model going for $2,199', '$2,199');
    const basic = figure('d43', 'The basic model starts at $2,199', '$2,199');
    expect([upgraded.tier, basic.tier]).toEqual(['high', 'low']);
    expect(matchReadings(upgraded, basic)).toMatchObject({
      verdict: 'none',
      reason: 'not: the high-end model vs the low-end model',
    });
  });

  test('what a count or a length is of, from the words around it', () => {
    // "the quake began only one mile below ground level" is its depth, as "had a depth of 1.2 miles" is.
    expect(figure('d13', 'only one mile below ground level', 'one').thing).toBe('depth');
    expect(figure('d10', 'had a depth of 1.2 miles', '1.2').thing).toBe('depth');
    // "estimated the crowd at 70", "part of the 200 person crowd": people; "the number of seats from 65 to 125": seats.
    expect(figure('d36', 'estimated the crowd at 70', '70').thing).toBe('people');
    expect(figure('d32', 'part of the 200 person crowd', '200').thing).toBe('people');
    expect(figure('d23', 'the number of seats from 65 to 125', 'from 65 to 125').thing).toBe('seat');
    expect(figure('d24', 'running for 125 seats', '125').thing).toBe('seat');
  });

  test('other words for one event ("8 days of riots", "Eight days of clashes") are a word beside a small number', () => {
    const riots = figure('d37', 'Greece calm after 8 days of riots', '8');
    const clashes = figure('d39', 'Eight days of clashes have caused', 'Eight');
    expect(matchReadings(riots, clashes)).toMatchObject({
      verdict: 'agree',
      reason: 'same: duration rioted (day, riot, the duration)',
    });
  });

  test('the same day named beside two counts is evidence: the crowd on Wednesday', () => {
    const crowd = figure('d32', 'part of the 200 person crowd became unruly', '200');
    const vigil = figure('d34', 'On Wednesday night, about 200 people attended the vigil', 'about 200');
    expect(matchReadings(crowd, vigil)).toMatchObject({ verdict: 'agree', reason: 'same: people (the people, wednesday)' });
  });

  test('a sum of millions given alike in one story is evidence, even a round one', () => {
    const damage = figure('d48', 'the estimated $1 million fire damages', 'estimated $1 million');
    const heard = figure('d49', "I've heard the figure of $1 million", '$1 million');
    expect(matchReadings(damage, heard).verdict).toBe('agree');
    // Not across currencies: the text's own conversion sits beside it instead.
    expect(matchReadings(figure('d47', '($1.52 million)', '$1.52 million'), heard).verdict).toBe('none');
  });

  test('holders: the one that gives, asks, qualifies the offer, or heads an item of a list', () => {
    // "The Angels are reportedly at eight years and at least $160MM, …, and the Nationals at eight years, $160MM."
    const angels = figure('d05', 'The Angels are reportedly at eight years and at least $160MM', 'at least $160MM');
    const nationals = figure('d05', 'and the Nationals at eight years, $160MM', '$160MM');
    expect([angels.holders, nationals.holders]).toEqual([['angels'], ['nationals']]);
    expect(
      matchReadings(angels, figure('d01', 'the Washington Nationals made Teixeira an eight-year, $160 million', '$160 million')),
    ).toMatchObject({
      verdict: 'none',
      reason: 'not: angels vs washington nationals',
    });
    // The agent's ask is not the team's offer: "Scott Boras countered by asking for an eight-year contract worth $200 million".
    const ask = figure('d03', 'asking for an eight-year contract worth $200 million', '$200 million');
    const offer = figure('d04', 'Red Sox offer Teixeira $200 million', '$200 million');
    expect(ask.holders).toEqual(['scott', 'boras']);
    expect(matchReadings(ask, offer).verdict).toBe('none');
    // "the Boston offer" and "the Boston Red Sox have made … an eight-year": one holder, read with the article's full name.
    const boston = figure('d02', 'pegged the Boston offer to be as high as $184 million over eight years', 'over eight');
    const redSox = figure('d04', 'Boston Red Sox have made first baseman Mark Teixeira an eight-year', 'eight-year');
    expect(offer.holders).toEqual(['red', 'sox', 'boston']);
    expect(matchReadings(boston, redSox)).toMatchObject({ verdict: 'agree' });
    expect(matchReadings(boston, redSox).reason).toContain('held by boston');
  });

  test('the holder a spokesman speaks for: "Angels general manager … confirmed that his club had also made"', () => {
    const angels = figure('d01', 'his club had also made an eight-year offer', 'eight-year');
    // Read back 140 characters, as for a giver: the club named before its spokesman, not the spokesman alone.
    expect(angels.holders).toEqual(['angels']);
    const nationals = figure('d02', "Nationals' Eight-Year Offer", 'Eight-Year');
    expect(matchReadings(angels, nationals)).toMatchObject({ verdict: 'none', reason: 'not: angels vs nationals washington' });
    const angeles = figure('d03', 'The Angeles said last week they made an eight-year offer', 'eight-year');
    expect(angeles.holders).toEqual(['angeles', 'los']);
    // "Angeles" and "Angels" are one club through the story's "Los Angeles Angels" (clustered, as the CLI reads them).
    const clusters = clusterArticles(['d01', 'd02', 'd03', 'd04', 'd05'].map(article));
    const offer = clusters.find((c) =>
      c.members.some((m) => m.reading.quantity.start === angels.quantity.start && m.article === 'd01'),
    );
    expect(offer?.members.map((m) => `${m.article} ${m.reading.quantity.text}`).sort()).toEqual([
      'd01 eight-year',
      'd03 eight-year',
      'd05 eight',
    ]);
  });

  test('a unit of measure before the figure is another figure’s; a whole number with ".0" is a version', () => {
    // "The 13" Macbook Air will get a 1.8 GHz i5 dual core processor and Intel HD graphics 4000": no 4,000 GHz.
    expect(figure('d45', 'Intel HD graphics 4000', '4000').measure).toBe('count');
    // "seven bullets entered Gray's body, three of them from the rear": a counted noun before is referred back to.
    expect(figure('d32', 'three of them from the rear', 'three').thing).toBe('bullet');
    // "two USB ports which will support both 3.0 and 2.0".
    expect(figure('d45', 'support both 3.0 and 2.0', '2.0').measure).toBe('designation');
  });

  test('one article’s two sources may give one quantity two values: the Red Sox offer by Patrick and by the Herald', () => {
    const patrick = figure(
      'd04',
      'the Boston Red Sox have made first baseman Mark Teixeira an eight-year, $200 million',
      '$200 million',
    );
    const herald = figure('d04', 'in the range of $145 million to $175 million', '$145 million to $175 million');
    expect([patrick.source, herald.source]).toEqual(['Dan Patrick', 'Michael Silverman']);
    // "the Boston Red Sox" and "the Boston Herald" are no two lines of a Boston product.
    expect([patrick.lines, herald.lines]).toEqual([[], []]);
    expect(conflictOf(patrick, herald)).toBeNull();
    const offer = clusterArticles(['d02', 'd04'].map(article)).find((c) =>
      c.members.some((m) => m.article === 'd04' && m.reading.quantity.start === herald.quantity.start),
    );
    expect(offer?.verdict).toBe('differ');
    expect(offer?.members.map((m) => m.reading.quantity.text)).toEqual([
      'as high as $184 million',
      '$145 million to $175 million',
      '$200 million',
    ]);
    // One source's two values stay two quantities: "two murder charges and one attempted murder charge" (no source).
    const two = figure('d27', 'two murder charges', 'two');
    expect(conflictOf(two, figure('d27', 'one attempted murder charge', 'one'))).toBe('two values in one article');
  });

  test('the name that opens a sentence is evidence of whose a figure is, never a veto', () => {
    // A headline: "Boston reportedly looks to ink free-agent slugger for eight years".
    const headline = figure('d01', 'Boston reportedly looks to ink free-agent slugger for eight years', 'eight');
    expect(headline.holders).toEqual([]);
    expect(headline.opener).toContain('boston');
    const redSox = figure('d04', 'Boston Red Sox have made first baseman Mark Teixeira an eight-year', 'eight-year');
    expect(matchReadings(headline, redSox)).toMatchObject({ verdict: 'agree' });
    expect(matchReadings(headline, redSox).reason).toContain('held by boston');
    // As a veto it took out pairs whose sentences open with another name than their holder's (F1 0.808 -> 0.752).
    const nationals = figure('d01', 'the Washington Nationals made Teixeira an eight-year', 'eight-year');
    expect(conflictOf(headline, nationals)).toBeNull();
  });

  test('stories share distinctive figures as well as names: the Sunday quake’s short report', () => {
    const story = (id: string) => readStory(article(id).text);
    // d15 names only The Geysers of d16's names, but gives the same magnitude, depth and aftershock: 4.4, 2.7, 2.0.
    expect(story('d15').figures).toEqual(expect.arrayContaining(['4.4', '2.7', '2.0']));
    expect(sameStory(story('d15'), story('d16'))).toMatchObject({ verdict: 'same', shared: 4 });
    // It shares no figure with the Thursday quake's reports (4.6): its strongest link is now the Sunday story.
    expect(sameStory(story('d15'), story('d10')).shared).toBe(2);
    const all = ['d10', 'd11', 'd12', 'd13', 'd14', 'd15', 'd16', 'd17'].map(story);
    const [thursday, , , , , d15, d16, d17] = storiesOf(all);
    expect([d15, d17]).toEqual([d16, d16]);
    expect(d15).not.toBe(thursday);
  });

  test('the same place a distance is measured from stands for a word beside a small number', () => {
    const d16 = figure('d16', 'two miles east southeast of The Geysers', 'two');
    const d17 = figure('d17', 'two miles from The Geysers', 'two');
    expect([d16.from, d17.from]).toEqual(['the geysers', 'the geysers']);
    expect(matchReadings(d16, d17).verdict).toBe('agree');
  });

  test('"a career .290 hitter" names no period of the figure; one range however written is the same figure', () => {
    expect(figure('d04', "they're offering $200 million to a career .290 hitter", '$200 million').periods).toEqual([]);
    const d02 = figure(
      'd02',
      'worth between $140 million and $150 million over seven years',
      'between $140 million and $150 million',
    );
    const d05 = figure('d05', 'the Orioles around seven years, $140-150MM', '$140-150MM');
    expect(matchReadings(d02, d05).reason).toContain('the same between $140 million and $150 million');
  });

  test('the giver further back in the sentence, across a dash or an aside', () => {
    const raised = figure('d02', 'between $178 million and $184 million', 'between $178 million and $184 million');
    expect(raised.holders).toEqual(['washington', 'nationals']);
    const orioles = figure(
      'd01',
      'a seven-year deal worth between $140 million and $150 million',
      'between $140 million and $150 million',
    );
    expect(orioles.holders).toEqual(['orioles']);
    expect(matchReadings(raised, orioles)).toMatchObject({ verdict: 'none', reason: 'not: washington nationals vs orioles' });
  });

  test('the giver with the list it ends, and holders widened by the story’s names', () => {
    // "Lynch reported the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager Theo Epstein
    // offered Teixeira, 28, an eight-year deal worth $184 million".
    const lynch = figure('d03', 'an eight-year deal worth $184 million', '$184 million');
    expect(lynch.holders).toEqual(expect.arrayContaining(['red', 'sox', 'theo', 'epstein']));
    // "the Boston offer" (d02) is the Red Sox' only through "Boston Red Sox", which d04 writes: the story's names.
    const boston = figure('d02', 'the Boston offer to be as high as $184 million', 'as high as $184 million');
    expect(matchReadings(lynch, boston).verdict).toBe('none');
    const clusters = clusterArticles(['d01', 'd02', 'd03', 'd04', 'd05'].map(article));
    const offer = clusters.find((c) =>
      c.members.some((m) => m.article === 'd03' && m.reading.quantity.start === lynch.quantity.start),
    );
    expect(offer?.members.map((m) => `${m.article} ${m.reading.quantity.text}`)).toEqual([
      'd02 as high as $184 million',
      'd03 $184 million',
      'd04 $200 million',
      // The headline's "Red Sox offer Teixeira $200 million" repeats the lede's: it joins where its twin joined.
      'd04 $200 million',
    ]);
    // An introductory phrase is no list: "Last week at the Winter Meetings, the Washington Nationals made …".
    expect(figure('d01', 'the Washington Nationals made Teixeira an eight-year', 'eight-year').holders).toEqual([
      'washington',
      'nationals',
    ]);
  });

  test('a headline’s run of capitals with words left out is no name of several words', () => {
    // "Can EDS Remain Vendor-Neutral Under HP's Thumb?" gave the name "eds hp", which tied HP's shares to EDS'.
    const names = readStory(article('d06').text).names;
    expect(Object.keys(names)).toEqual(expect.arrayContaining(['eds', 'hp']));
    expect(names['eds hp']).toBeUndefined();
  });

  test('a record is its team’s: the name before the bracket holds it', () => {
    const colts = figure('d18', 'led Indianapolis (10-5) downfield', '10-5');
    expect(colts.holders).toContain('indianapolis');
    expect(matchReadings(colts, figure('d20', 'helping the Colts (10-5)', '10-5')).verdict).toBe('agree');
    // Trap: "the Chiefs (2-13)" and "the Jacksonville Jaguars (2-13)", the same record of two teams.
    const chiefs = figure('d18', 'for the Chiefs (2-13)', '2-13');
    const jaguars = figure('d21', 'the Jacksonville Jaguars (2-13)', '2-13');
    expect(matchReadings(chiefs, jaguars)).toMatchObject({
      verdict: 'none',
      reason: 'not: chiefs kansas vs jacksonville jaguars',
    });
  });

  test('an age is no state’s: the state-owner rules keep to counts; "another 15-year-old" is someone else', () => {
    const death = figure('d37', 'the death of 15-year-old Alexandros Grigoropoulos', '15-year-old');
    const shooting = figure('d38', 'Alexandros Grigoropoulos, 15, was killed', '15');
    expect(matchReadings(death, shooting).verdict).toBe('agree');
    const other = figure('d40', 'the case of another 15-year-old', '15-year-old');
    // Named after it, "another 15-year-old, Michalis Kaltezas" is another person's age.
    expect(matchReadings(death, other)).toMatchObject({
      verdict: 'none',
      reason: 'not: the age of grigoropoulos vs of kaltezas',
    });
  });

  test('an age is its person’s: named beside it, turning it, after it, or "the 28-year-old" of the story’s person', () => {
    const apposed = figure('d03', 'offered Teixeira, 28, an eight-year deal', '28');
    const willBe = figure('d04', 'Teixeira will be 29 in April', '29');
    const turns = figure('d01', 'Teixeira -- who will turn 29 in April', '29');
    // d02 names him "Mark Teixeira", then "Teixeira" eight times and "Mark" no more: the surname is the person.
    const the = figure('d02', 'for the 28-year-old to settle on a deal', '28-year-old');
    expect([apposed, willBe, turns, the].map((r) => r.person)).toEqual(['teixeira', 'teixeira', 'teixeira', 'teixeira']);
    expect(figure('d27', '43-year-old Yvonne Hiller', '43-year-old').person).toBe('hiller');
    // A noun after it is someone else: "The 30-year-old sergeant" is no person of the story.
    expect(figure('d32', 'The 30-year-old sergeant', '30-year-old').person).toBeNull();
    // One person's age a year apart (a birthday between the reports) is one quantity whose values differ.
    expect(matchReadings(apposed, willBe)).toMatchObject({
      verdict: 'differ',
      reason: 'same: the age of teixeira, values differ',
    });
    expect(matchReadings(the, turns).verdict).toBe('differ');
    // Trap: the same age of two people ("Bryant Dalton, 39", "Elverton Thomas, 39").
    expect(matchReadings(figure('d28', 'Bryant Dalton, 39', '39'), figure('d34', 'Elverton Thomas, 39', '39'))).toMatchObject({
      verdict: 'none',
      reason: 'not: the age of dalton vs of thomas',
    });
  });

  test('a clause that refers back ("it", "the offer") takes the giver of the sentence before', () => {
    // "According to Michael Silverman of the Boston Herald, the Red Sox made an offer to Mark Teixeira. Silverman
    // believes it to be for eight years." (d05); "… that the Red Sox have extended an offer for Teixeira, … Though the
    // newspaper doesn't cite its source, it stated that the offer is "believed to be for at least eight years."" (d01).
    const silverman = figure('d05', 'Silverman believes it to be for eight years', 'eight');
    const herald = figure('d01', 'the offer is "believed to be for at least eight years', 'at least eight');
    expect([silverman.holders, herald.holders]).toEqual([
      ['red', 'sox'],
      ['red', 'sox'],
    ]);
    const lynch = figure('d03', 'offered Teixeira, 28, an eight-year deal', 'eight-year');
    expect(matchReadings(silverman, lynch)).toMatchObject({ verdict: 'agree' });
    expect(matchReadings(silverman, lynch).reason).toContain('held by red sox');
    // "If so, that blows the reported eight-year, $160 million offers by the Angels and the Washington Nationals out of
    // the water. Patrick said …: "If it's true they're offering $200 million …"": the sentence before gives no one.
    expect(figure('d04', "they're offering $200 million", '$200 million').holders).toEqual([]);
  });

  test('a size written as one figure ("a 2880x1800 resolution") agrees with its width and with its height', () => {
    const resolution = figure('d45', 'a 2880x1800 resolution', '2880x1800');
    expect(resolution).toMatchObject({ measure: 'count', thing: 'pixel' });
    expect(matchReadings(resolution, figure('d43', 'The screen is 2880 pixels by 1800', '2880')).verdict).toBe('agree');
    expect(valuesAgree(resolution, figure('d44', 'a whopping 2,880 by 1,800 pixels', '1,800'))).toBe(true);
    expect(valuesAgree(resolution, figure('d44', '5,184,000 pixels and 220 ppi', '220'))).toBe(false);
  });

  test('trap: those who rampaged and those arrested are two counts; an age is its person’s whatever happened beside it', () => {
    // "… a Rite Aid store where, the night before, a group of at least three dozen mostly young people briefly rampaged
    // through the aisles" (d34) vs "At least 46 demonstrators were arrested along Church Ave." (d33).
    const rampaged = figure('d34', 'at least three dozen mostly young people briefly rampaged', 'at least three dozen');
    const arrested = figure('d33', 'At least 46 demonstrators were arrested', 'At least 46');
    expect([rampaged.event, arrested.event]).toEqual(['rioted', 'captured']);
    expect(matchReadings(rampaged, arrested)).toMatchObject({ verdict: 'none', reason: 'not: rioted vs captured' });
    // "The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots" (d40) and "the death of
    // 15-year-old Alexandros Grigoropoulos" (d37): one boy's age, whatever event word stands nearest.
    const riots = figure('d40', 'The fatal shooting of Alexis Grigoropoulos, 15,', '15');
    const death = figure('d37', 'the death of 15-year-old Alexandros Grigoropoulos', '15-year-old');
    expect([riots.event, death.event]).toEqual(['rioted', 'killed']);
    expect(matchReadings(riots, death).verdict).toBe('agree');
  });

  test('trap: an earlier quake at the same place, named by its year in the sentence', () => {
    const earlier = figure('d14', 'In June 2012, a 3.0 quake struck', '3.0');
    expect(earlier).toMatchObject({ measure: 'magnitude', years: ['2012'] });
    const sunday = figure('d15', 'a preliminary magnitude of 4.4', '4.4');
    expect(matchReadings(earlier, sunday)).toMatchObject({ verdict: 'none', reason: 'not: 2012 vs this year' });
  });

  test('a word of scope beside one figure: murder charges vs attempted-murder charges are two quantities', () => {
    const murder = figure('d27', 'two murder charges', 'two');
    const attempted = figure('d30', 'one count of attempted murder', 'one');
    expect(matchReadings(murder, attempted)).toMatchObject({ verdict: 'none', reason: 'not: attempted on one side only' });
  });

  test.each<[string, At, At]>([
    ['killed vs wounded', ['d29', 'killing two workers', 'two'], ['d29', 'wounding two others', 'two']],
    [
      'the same number counting another thing',
      ['d36', 'Gray has four prior arrests', 'four'],
      ['d32', 'loaded with four bullets', 'four'],
    ],
    [
      'the same noun told apart by the words before it',
      ['d43', 'finally, two Thunderbolt ports', 'two'],
      ['d45', 'It will have two USB ports', 'two'],
    ],
    [
      'distances from two other places',
      ['d13', 'about 20 miles north of Santa Rosa', 'about 20'],
      ['d12', 'about 3 miles southwest of Cobb', 'about 3'],
    ],
    [
      'a bought company’s price vs another purchase',
      ['d08', 'the $19 billion purchase of Compaq', '$19 billion'],
      ['d09', 'buy the outsourcing services company for $13.9 billion', '$13.9 billion'],
    ],
  ])('trap: %s', (_, [ai, aw, af], [bi, bw, bf]) => {
    const a = figure(ai, aw, af);
    const b = figure(bi, bw, bf);
    expect(matchReadings(a, b).verdict).toBe('none');
    // Each side would match a true partner, so the rules saw it.
    expect(a.measure).toBe(b.measure);
  });

  test('money in two currencies is one quantity only where the text gives the conversion', () => {
    const eur = figure('d40', 'about 200 million euros', 'about 200 million');
    const usd = figure('d39', '($265.3 million)', '$265.3 million');
    expect(matchReadings(eur, usd)).toMatchObject({ verdict: 'none', reason: 'not: money:EUR vs money:USD' });
  });

  test('a sum with the conversion the text gives sits beside the same sum in another report', () => {
    const clusters = clusterArticles([article('d39'), article('d40')]);
    const damage = clusters.find((c) => c.members.some((m) => m.reading.quantity.text === '$265.3 million'));
    expect(damage?.members.map((m) => [m.article, m.reading.measure])).toEqual([
      ['d39', 'money:EUR'],
      ['d39', 'money:USD'],
      ['d40', 'money:EUR'],
    ]);
    expect(damage?.verdict).toBe('agree');
  });

  test('stories: a decoy in another year is another story; reports of one event are one', () => {
    const story = (id: string) => readStory(article(id).text);
    expect(sameStory(story('d31'), story('d26')).verdict).not.toBe('same');
    expect(sameStory(story('d26'), story('d27')).verdict).toBe('same');
    expect(sameStory(story('d41'), story('d44')).verdict).toBe('same');
    // A dated report of Thursday's quake and an undated one of a quake "on Sunday" at the same place.
    expect(sameStory(story('d10'), story('d16'))).toMatchObject({ verdict: 'different', why: '2013-03-14 (thursday) vs sunday' });
    // Years named in passing ("a quake in 2007") set nothing apart.
    expect(sameStory(story('d10'), story('d13')).verdict).not.toBe('different');
  });
});

describe('compare command on compare-dev', () => {
  test('--explain shows what a figure was read as and why each candidate was or was not matched', () => {
    const files = ['d26', 'd29', 'd31'].map((id) => `${DEV}/articles/${id}.txt`);
    const run = spawnSync(tsx, ['scripts/compare.ts', '--explain', 'd29:216', ...files], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^d29:216 "two" read as count: people = .*; event killed; holder none;/);
    expect(lines[1]).toMatch(/^ {2}story: kraft, hiller/);
    expect(run.stdout).toContain('d26:360 "two": agree — same: people killed');
    expect(run.stdout).toMatch(/d26:\d+ "three": no — not: /);
    expect(run.stdout).toMatch(/d31: other story \(too few shared names/);
    const missing = spawnSync(tsx, ['scripts/compare.ts', '--explain', 'd29:0', ...files], { encoding: 'utf8' });
    expect([missing.status, missing.stderr.trim()]).toEqual([1, 'compare: no figure at d29:0']);
  });

  test('pairwise against the editor’s clusters stays above the measured floor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-compare-dev-'));
    const files = readdirSync(`${DEV}/articles`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${DEV}/articles/${f}`);
    const run = spawnSync(tsx, ['scripts/compare.ts', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status).toBe(0);
    for (const c of JSON.parse(run.stdout).clusters) {
      expect(['agree', 'differ', 'update']).toContain(c.verdict);
      expect(c.reason).toMatch(/^same: /);
    }
    writeFileSync(join(dir, 'm.json'), run.stdout);
    const empty = mkdtempSync(join(tmpdir(), 'claimlens-empty-'));
    const args = ['--pred', empty, '--gold', empty, '--articles', `${DEV}/articles`, '--matches', `${DEV}/matches.json`];
    const score = JSON.parse(
      execFileSync('node', [`${CLAIMS}/score.mjs`, ...args, '--pred-matches', join(dir, 'm.json'), '--json'], {
        encoding: 'utf8',
      }),
    );
    console.log(`compare-dev: pairwise P ${score.matches.precision} R ${score.matches.recall} F1 ${score.matches.f1}`);
    // Measured P 0.939 R 0.809 F1 0.869 at the end of stop 18 (ages of one person, repeats, givers of the sentence
    // before, resolutions, rioting as an event) (issue 18 asks for P ≥ 0.90, F1 ≥ 0.85); a regression fails here.
    expect(score.matches.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.matches.f1).toBeGreaterThanOrEqual(0.865);
  }, 60_000);
});
