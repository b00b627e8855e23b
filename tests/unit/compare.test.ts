import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { findEntities } from '@/lib/compare/lexicon';
import { compareFigures, type Figure } from '@/lib/compare/relation';
import { passagesOf } from '@/lib/compare/context';
import { describePassage } from '@/lib/compare/subject';
import { CLAIMS } from '../../scripts/paths';

const articles = new Map(
  ['000', '001', '002', '003', '004'].map((id) => [id, readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8')]),
);

/** The figure written `figureText` in the sentence holding `words`, described with the sentence before it. */
function figureIn(text: string, words: string, figureText: string, publishedAt: string | null = null): Figure {
  const passage = passagesOf(text, extractClaims(text).claims).find((p) => p.text.includes(words));
  if (!passage) throw new Error(`no claim with “${words}”`);
  const index = passage.quantities.findIndex((q) => q.text === figureText);
  const subject = describePassage(passage)[index];
  const quantity = passage.quantities[index];
  if (!subject || !quantity) throw new Error(`no counted figure “${figureText}” in “${passage.text}”`);
  return { quantity, subject, publishedAt };
}

const article = (id: string, words: string, figureText: string, publishedAt: string | null = null) =>
  figureIn(articles.get(id) as string, words, figureText, publishedAt);
const sentence = (text: string, figureText: string, publishedAt: string | null = null) =>
  figureIn(text, text.slice(0, 20), figureText, publishedAt);

describe('what a figure counts', () => {
  test('counted noun, owner, place and event, from the sample articles', () => {
    expect(article('001', 'Pyongyang has sent 10,000', '10,000').subject).toMatchObject({
      thing: 'troops',
      owner: { key: 'PRK' },
      place: { key: 'RUS' },
      event: 'sent',
      dated: false,
    });
    // "soldiers" are troops; "the DPRK" is North Korea; "in eastern Russia" is Russia.
    expect(article('001', 'the DPRK has sent around 10,000', 'around 10,000').subject).toMatchObject({
      thing: 'troops',
      owner: { key: 'PRK' },
      place: { key: 'RUS' },
    });
    // A region named with its country, and the front.
    expect(article('003', 'approximately 8,000', 'approximately 8,000').subject.place).toEqual({
      key: 'kursk',
      name: 'Kursk region',
      within: 'RUS',
    });
    expect(article('004', 'moved close to the front lines', 'about 3,000').subject.place?.key).toBe('front');
    expect(article('002', 'deploy thousands of soldiers', 'thousands').subject).toMatchObject({
      owner: { key: 'PRK' },
      place: { key: 'front' },
    });
  });

  test('a figure whose noun is left out takes it, and its owner and place, from the sentence before', () => {
    const figure = article('004', 'as high as 12,000', 'as high as 12,000');
    expect(figure.subject).toMatchObject({ thing: 'troops', owner: { key: 'PRK' }, place: { key: 'RUS' }, event: 'sent' });
    // ... or from earlier in its own sentence: "troops in the Kursk oblast, with a couple of thousand more".
    expect(article('004', 'a couple of thousand', 'a couple of thousand').subject.place?.key).toBe('kursk');
  });

  test('events: one night’s counts are dated; totals "since" a date add up', () => {
    expect(article('001', 'attacked overnight with 100', '100').subject).toMatchObject({ event: 'launched', dated: true });
    expect(article('001', 'shot down 66', '66').subject).toMatchObject({ event: 'downed', dated: true });
    expect(article('001', 'more than 600,000', 'more than 600,000').subject).toMatchObject({
      owner: { key: 'RUS' },
      event: 'casualties',
      dated: false,
    });
    expect(article('002', 'another four', 'four').subject.increment).toBe(true);
  });

  test('names of states: demonyms, capitals, governments and abbreviations', () => {
    const text = 'The Kremlin, Pyongyang, the U.S. and British officials met Ukrainian envoys in Kyiv; Washington said no.';
    expect(findEntities(text).map((e) => [text.slice(e.start, e.end), e.actor.key])).toEqual([
      ['Kremlin', 'RUS'],
      ['Pyongyang', 'PRK'],
      ['U.S.', 'USA'],
      ['British', 'GBR'],
      ['Ukrainian', 'UKR'],
      ['Kyiv', 'UKR'],
      ['Washington', 'USA'],
    ]);
    // Case matters: "us" and "IN" are words, not states.
    expect(findEntities('They told us IN CAPITALS.')).toEqual([]);
  });
});

describe('how two figures compare', () => {
  const troopsPentagon = article('001', 'The Pentagon says North Korea has sent about 10,000', 'about 10,000');
  const troopsUS = article('000', '3,000 North Korean troops were dispatched', '3,000');

  test('agree: "about 10,000" and "10,000" of the same troops', () => {
    const ryder = article('004', 'Ryder confirmed', '10,000');
    expect(compareFigures(troopsPentagon, ryder)).toMatchObject({
      relation: 'agree',
      ratio: 1,
      reason: 'same: North Korean troops in Russia (sent)',
    });
  });

  test('differ: 10,000 against 3,000 saved, ×3.3', () => {
    const c = compareFigures(troopsPentagon, troopsUS);
    expect(c?.relation).toBe('differ');
    expect(c?.ratio).toBeCloseTo(10_000 / 3_000);
  });

  test('bounds: "as high as 12,000" allows 10,000 but not 3,000; "more than 7,000" is not "about 3,000"', () => {
    const high = article('004', 'as high as 12,000', 'as high as 12,000');
    expect(compareFigures(high, troopsPentagon)?.relation).toBe('agree');
    expect(compareFigures(high, troopsUS)?.relation).toBe('differ');
    const moreThan = article('003', 'more than 7,000', 'more than 7,000');
    expect(compareFigures(moreThan, article('004', 'moved close to the front lines', 'about 3,000'))?.relation).toBe('differ');
    expect(compareFigures(moreThan, article('002', 'deploy thousands of soldiers', 'thousands'))?.relation).toBe('agree');
  });

  test('ranges agree when they overlap', () => {
    const range = sentence(
      'Between 15,000 and 20,000 North Korean soldiers have been deployed to Russia, officials said.',
      'Between 15,000 and 20,000',
    );
    const inside = sentence('About 18,000 North Korean troops are now stationed in Russia.', 'About 18,000');
    expect(compareFigures(range, inside)?.relation).toBe('agree');
    expect(compareFigures(range, troopsPentagon)?.relation).toBe('differ');
  });

  test('narrower and wider: Kursk region, within Russia', () => {
    const kursk = article('003', 'approximately 8,000', 'approximately 8,000');
    expect(compareFigures(kursk, troopsUS)).toMatchObject({
      relation: 'narrower',
      reason: 'narrower: Kursk region, within Russia',
    });
    expect(compareFigures(troopsUS, kursk)?.relation).toBe('wider');
    // Near the front and in Russia: related, never "differ".
    expect(compareFigures(article('004', 'moved close to the front lines', 'about 3,000'), troopsPentagon)?.relation).toBe(
      'related',
    );
  });

  test('different things, owners or events never compare', () => {
    // Units against the soldiers they comprise.
    expect(
      compareFigures(
        article('004', 'additional 3 to 4 units', '3 to 4'),
        article('004', 'additional 3 to 4 units', '15,000 to 20,000'),
      ),
    ).toBeNull();
    // Russian troops are not North Korean troops.
    expect(compareFigures(sentence('Russia has sent 3,000 Russian troops to Kursk.', '3,000'), troopsUS)).toBeNull();
    // Drones launched against drones shot down, even in the same night.
    const launched = article('001', 'attacked overnight with 100', '100', '2024-10-28');
    expect(compareFigures(launched, article('001', 'shot down 66', '66', '2024-10-28'))).toBeNull();
    // A night's attack compares only with reports of the same day.
    const other = article('003', 'more than 70 Iranian-made', 'more than 70', '2024-11-01');
    expect(compareFigures(launched, other)).toBeNull();
    expect(compareFigures(launched, { ...other, publishedAt: '2024-10-28' })?.relation).toBe('agree');
    // "another four" drones is not a total.
    expect(compareFigures(article('002', 'another four', 'four'), article('002', 'destroyed 10 drones', '10'))).toBeNull();
  });

  test('casualties since the invasion compare across dates, with the ratio', () => {
    const nato = article('001', 'more than 600,000', 'more than 600,000');
    const uk = sentence(
      'The British defence ministry estimates that about 450,000 Russian soldiers have been killed or wounded since the invasion.',
      'about 450,000',
    );
    const c = compareFigures(nato, uk);
    expect(c?.relation).toBe('differ');
    expect(c?.ratio).toBeCloseTo(600_000 / 450_000);
  });
});
