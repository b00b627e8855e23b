import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anchorSpan } from '@/lib/anchoring/selectors';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { passagesOf } from '@/lib/compare/context';
import { claimInput } from '@/lib/store/claim-input';
import { trackedFigures } from '@/lib/compare/tracked';
import { recordAnchors, saveAnnotation } from '@/lib/store/annotations';
import { anchorsOf, compareWithSaved, newestSavedFigures } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import { freshDatabaseEachTest } from './support/fresh-database';
import { CLAIMS } from '../../scripts/paths';

// Issue 25: a saved figure found updated on its page ("3,000 → 3,543") joins its quantity's timeline as an update.
const body = readFileSync(`${CLAIMS}/articles/000.txt`, 'utf8');
const SAVED = '3,000 North Korean troops were dispatched';

let db: ClaimLensDatabase;
freshDatabaseEachTest((fresh) => (db = fresh));

async function saveFrom(text: string, id: string, words: string, publishedAt: string, now: number) {
  const claim = extractClaims(text).claims.find((c) => c.text.includes(words)) as Claim;
  const url = `https://news.example/${id}`;
  const page = { id: url, url, title: `Article ${id}`, site: 'news.example', byline: null, publishedAt };
  const annotation = await saveAnnotation(db, page, { pageId: url, ...claimInput(text, claim) }, now);
  return { annotation, url };
}

describe('an updated figure on the tracked-figures timeline', () => {
  test('the page edited from 3,000 to 3,543: the new value is a later point of the same quantity, marked as an update', async () => {
    const { annotation, url } = await saveFrom(body, '000', SAVED, '2024-10-24', Date.parse('2024-10-24T12:00:00Z'));
    // The site updates the figure; re-anchoring finds the sentence and says what changed, as the page's tab reports.
    const edited = body.replace(SAVED, SAVED.replace('3,000', '3,543'));
    const [quote, position] = annotation.selectors;
    const found = anchorSpan(edited, quote, position);
    expect(found).toMatchObject({ status: 'updated', changes: [{ old: '3,000', new: '3,543' }] });
    const checkedAt = Date.parse('2024-10-26T09:00:00Z');
    await recordAnchors(db, url, [{ id: annotation.id, status: 'updated', changes: found?.changes ?? [] }], checkedAt);

    const figures = await newestSavedFigures(db, 100);
    // Without the anchor checks one page's figure is no timeline; with them, the saved value then the update.
    expect(trackedFigures(figures)).toEqual([]);
    const [tracked, ...others] = trackedFigures(figures, await anchorsOf(db, figures));
    expect(others).toEqual([]);
    expect(tracked?.topic).toBe('North Korean troops in Russia (sent)');
    expect(tracked?.points.map((p) => [new Date(p.date).toISOString().slice(0, 10), p.value, p.updatedFrom])).toEqual([
      ['2024-10-24', 3000, null],
      ['2024-10-26', 3543, 3000],
    ]);
  });

  test('an update joins the figures saved from other pages, in order of date; a found or lost annotation adds nothing', async () => {
    const first = await saveFrom(body, '000', SAVED, '2024-10-24', 1000);
    const other = readFileSync(`${CLAIMS}/articles/004.txt`, 'utf8');
    const second = await saveFrom(other, '004', 'as high as 12,000', '2024-10-30', 2000);
    await recordAnchors(
      db,
      first.url,
      [{ id: first.annotation.id, status: 'updated', changes: [{ old: '3,000', new: '3,543' }] }],
      Date.parse('2024-10-25'),
    );
    await recordAnchors(db, second.url, [{ id: second.annotation.id, status: 'found', changes: [] }], Date.parse('2024-10-31'));
    const figures = await newestSavedFigures(db, 100);
    const [tracked] = trackedFigures(figures, await anchorsOf(db, figures));
    expect(tracked?.points.map((p) => [p.value, p.updatedFrom])).toEqual([
      [3000, null],
      [3543, 3000],
      [12000, null],
    ]);
    // Lost: nothing to add, the saved value stays where it was.
    await recordAnchors(db, first.url, [{ id: first.annotation.id, status: 'lost', changes: [] }], Date.parse('2024-11-01'));
    const lost = trackedFigures(figures, await anchorsOf(db, figures));
    expect(lost[0]?.points.map((p) => p.value)).toEqual([3000, 12000]);
  });
});

describe('the card: a figure that differs from one saved from a report of another day is an update over time', () => {
  test('3,000 saved from a report of 24 October, "about 10,000" on a page of 28 October: in order of date', async () => {
    const saved = await saveFrom(body, '000', SAVED, '2024-10-24', 1000);
    const text = readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8');
    const page = (publishedAt: string | null) =>
      compareWithSaved(db, { id: 'https://news.example/001', publishedAt }, passagesOf(text, extractClaims(text).claims));
    const pentagon = (found: Awaited<ReturnType<typeof page>>) => {
      const start = text.indexOf('about 10,000', text.indexOf('The Pentagon says'));
      return found.find((f) => f.start === start)?.matches.find((m) => m.annotationId === saved.annotation.id);
    };
    const later = pentagon(await page('2024-10-28'))?.comparison;
    expect(later).toMatchObject({ relation: 'differ', update: '3,000 on 2024-10-24 → about 10,000 on 2024-10-28' });
    expect(later?.reason).toBe(
      'same: North Korean troops in Russia (sent); update over time: 3,000 on 2024-10-24 → about 10,000 on 2024-10-28',
    );
    // The same day, or a page with no date: two sources disagree about one moment.
    expect(pentagon(await page('2024-10-24'))?.comparison.update).toBeUndefined();
    expect(pentagon(await page(null))?.comparison).toMatchObject({ relation: 'differ' });
    expect(pentagon(await page(null))?.comparison.update).toBeUndefined();
  });
});

describe('the background compares money by its reading (database version 5)', () => {
  test('the damage saved from one report ("200 million euros ($265.3 million)") is found from another’s "about 200 million euros"', async () => {
    const dev = (id: string) => readFileSync(`${CLAIMS}/compare-dev/articles/${id}.txt`, 'utf8');
    const { annotation } = await saveFrom(dev('d39'), 'd39', 'caused 200 million euros', '2008-12-14', 1000);
    const figures = await newestSavedFigures(db, 100);
    expect(figures.map((f) => [f.quantity.text, f.reading ?? null])).toEqual(
      expect.arrayContaining([
        ['200 million', '~money||'],
        ['$265.3 million', '~money||'],
      ]),
    );
    const text = dev('d40');
    const found = await compareWithSaved(
      db,
      { id: 'https://news.example/d40', publishedAt: '2008-12-14' },
      passagesOf(text, extractClaims(text).claims),
    );
    const damage = found.find((f) => text.slice(f.start, f.end) === 'about 200 million');
    const euros = damage?.matches.find((m) => m.quantity.text === '200 million');
    expect(euros?.annotationId).toBe(annotation.id);
    expect(euros?.comparison).toMatchObject({ relation: 'agree' });
    expect(euros?.comparison.reason).toMatch(/^same: money:EUR/);
    // The dollar sum of the same sentence is the same quantity in another currency: never "differs".
    expect(damage?.matches.find((m) => m.quantity.text === '$265.3 million')?.comparison.relation).not.toBe('differ');
  });
});
