import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARTICLE_IDS, CLAIMS, PAGES } from '../../scripts/paths';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const extract = (args: string[]) => spawnSync(tsx, ['scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('extractor scored against the gold', () => {
  test('meets the accuracy targets on the five sample articles', () => {
    const out = mkdtempSync(join(tmpdir(), 'claimlens-pred-'));
    const run = extract(['--out', out, ...ARTICLE_IDS.map((id) => `${CLAIMS}/articles/${id}.txt`)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const score = JSON.parse(execFileSync('node', [`${CLAIMS}/score.mjs`, '--pred', out, '--json'], { encoding: 'utf8' }));
    console.log(
      `quantity span+value F1 ${score.quantityStrict.f1.toFixed(3)}, unit accuracy ${score.unitAccuracy.toFixed(3)}, ` +
        `attribution F1 ${score.attribution.f1.toFixed(3)}, speaker accuracy ${score.speakerAccuracy.toFixed(3)}`,
    );
    expect(score.errors).toEqual([]);
    expect(score.quantityStrict.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.attribution.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extract command', () => {
  test('a missing or binary file gets a one-line error, the others are still written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const good = `${CLAIMS}/articles/000.txt`;
    const run = extract(['--out', join(dir, 'out'), join(dir, 'missing.txt'), binary, good]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([`extract: ${join(dir, 'missing.txt')}: ENOENT`, `extract: ${binary}: binary file, not text`]);
    const written = JSON.parse(readFileSync(join(dir, 'out/000.json'), 'utf8'));
    expect(written.quantities.length).toBeGreaterThan(0);
  });

  test('an HTML page is read through the article-text logic of the content script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-html-'));
    const run = extract(['--out', dir, `${PAGES}/nytimes-1/source.html`]);
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8'));
    const expected = readFileSync(`${PAGES}/nytimes-1/expected.html`, 'utf8').replace(/\s+/g, ' ');
    expect(result.quantities.map((q: { text: string }) => q.text)).toContain('more than 200');
    for (const q of result.quantities) expect(expected).toContain(q.text);
  });

  test('without --out it explains its usage', () => {
    const run = extract([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});

describe('compare command', () => {
  const compare = (args: string[]) => spawnSync(tsx, ['scripts/compare.ts', ...args], { encoding: 'utf8' });

  test('figures of the same quantity across the sample articles, scored pairwise against matches.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-compare-'));
    const files = ARTICLE_IDS.map((id) => `${CLAIMS}/articles/${id}.txt`);
    expect(extract(['--out', dir, ...files]).status).toBe(0);
    const run = compare(files);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const clusters = JSON.parse(run.stdout).clusters;
    for (const c of clusters) {
      for (const m of c.members)
        expect(readFileSync(`${CLAIMS}/articles/${m.article}.txt`, 'utf8').slice(m.start, m.end)).toBe(m.text);
    }
    writeFileSync(join(dir, 'matches.json'), run.stdout);
    const score = JSON.parse(
      execFileSync('node', [`${CLAIMS}/score.mjs`, '--pred', dir, '--pred-matches', join(dir, 'matches.json'), '--json'], {
        encoding: 'utf8',
      }),
    );
    console.log(`cross-article matches: pairwise P ${score.matches.precision} R ${score.matches.recall} F1 ${score.matches.f1}`);
    expect(score.matches.f1).toBeGreaterThanOrEqual(0.9);
  });

  test('real pages on unrelated stories share no figure; an unreadable file gets a one-line error', () => {
    const pages = ['bbc-1', 'buzzfeed-1', 'cnn', 'nytimes-1', 'telegraph', 'wapo-2'].map((p) => `${PAGES}/${p}/source.html`);
    const run = compare([...pages, 'missing.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('compare: missing.txt: ENOENT');
    expect(JSON.parse(run.stdout)).toEqual({ clusters: [] });
  });
});
