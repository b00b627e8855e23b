import { describe, expect, it } from 'vitest';
import { diffSnapshots, regressionCorpus, savedSnapshot, snapshotOf } from '../../scripts/corpus';

// The extractor's output on every corpus text must equal its reviewed snapshot: a rule that changes
// another text's figures or statements fails here until `npm run corpus -- --update` is reviewed and committed.
describe('regression corpus', () => {
  const texts = regressionCorpus();

  it('holds the shared texts and the committed excerpts', () => {
    const groups = new Set(texts.map((t) => t.name.split('--')[0]));
    expect([...groups]).toEqual(expect.arrayContaining(['sample', 'compare-dev', 'page']));
    expect(texts.length).toBeGreaterThanOrEqual(69);
  });

  it.each(texts.map((t) => [t.name, t.text] as const))('%s matches its snapshot', (name, text) => {
    const saved = savedSnapshot(name);
    expect(saved, `${name} has no snapshot: run npm run corpus -- --update and review it`).not.toBeNull();
    expect(diffSnapshots(saved ?? {}, snapshotOf(text))).toEqual([]);
  });

  it('sees a change: a figure dropped from a snapshot is reported as gained', () => {
    const { text } = texts[0] as (typeof texts)[number];
    const now = snapshotOf(text);
    const [key] = Object.keys(now);
    const without = Object.fromEntries(Object.entries(now).filter(([k]) => k !== key));
    expect(diffSnapshots(without, now)).toEqual([{ kind: 'gained', key, after: now[key as string] }]);
  });
});
