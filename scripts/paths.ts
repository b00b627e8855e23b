import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared sample material lives beside the repository (`../shared`), unless CLAIMLENS_SHARED says otherwise. */
export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = process.env.CLAIMLENS_SHARED ?? resolve(ROOT, '../shared');
export const CLAIMS = `${SHARED}/claims`;
export const PAGES = `${SHARED}/pages`;
export const ARTICLE_IDS = ['000', '001', '002', '003', '004'];
/** Every saved news page under ../shared/pages (a folder with source.html and expected.html). */
export const PAGE_NAMES = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${PAGES}/${entry.name}/expected.html`))
  .map((entry) => entry.name)
  .sort();
/** The built extension: the ordinary build, or another (the benchmarks' build, with its timing marks) named by CLAIMLENS_EXTENSION. */
export const EXTENSION_DIR = resolve(ROOT, process.env.CLAIMLENS_EXTENSION ?? '.output/chrome-mv3');
