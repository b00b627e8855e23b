// The command line on saved pages and broken ones: never a crash, a one-line warning where a page has no article.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PAGE_NAMES, PAGES } from '../../scripts/paths';
import { malformedPage } from '../malformed-page';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const extract = (args: string[]) => spawnSync(tsx, ['scripts/extract.ts', ...args], { encoding: 'utf8' });
const claimsIn = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));

test('every saved page is read without a word on stderr, each with figures', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-pages-'));
  const files = PAGE_NAMES.map((name) => {
    const file = join(out, `${name}.html`);
    writeFileSync(file, readFileSync(`${PAGES}/${name}/source.html`));
    return file;
  });
  const run = extract(['--out', out, ...files]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  for (const name of PAGE_NAMES) expect(claimsIn(out, name).quantities.length).toBeGreaterThan(0);
});

test('malformed markup, protocol-relative and broken links: read as a browser reads them, no crash', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-malformed-'));
  const file = join(out, 'malformed-page.html');
  writeFileSync(file, malformedPage());
  const run = extract(['--out', out, file]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const { quantities, attributions } = claimsIn(out, 'malformed-page');
  expect(quantities.map((q: { text: string }) => q.text)).toEqual(['two', 'thousands']);
  expect(attributions.length).toBeGreaterThan(0);
});

test('a page with no article gets one line of warning and an empty result, not a failure', () => {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-empty-'));
  const file = join(out, 'menu-only.html');
  writeFileSync(file, '<!doctype html><title>Home</title><nav><a href="//ads.example.com/">Top 10 stories</a></nav>');
  const run = extract(['--out', out, file]);
  expect(run.status).toBe(0);
  expect(run.stderr.trim().split('\n')).toEqual([`extract: ${file}: warning: no article body found in the page: no claims read`]);
  expect(claimsIn(out, 'menu-only').quantities).toEqual([]);
});
