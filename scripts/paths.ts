import { resolve } from 'node:path';

/** The shared sample material lives beside the repository (`../shared`), unless CLAIMLENS_SHARED says otherwise. */
export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = process.env.CLAIMLENS_SHARED ?? resolve(ROOT, '../shared');
export const CLAIMS = `${SHARED}/claims`;
export const PAGES = `${SHARED}/pages`;
export const ARTICLE_IDS = ['000', '001', '002', '003', '004'];
export const PAGE_NAMES = ['bbc-1', 'buzzfeed-1', 'cnn', 'nytimes-1', 'telegraph', 'wapo-2'];
/** The built extension: the ordinary build, or another (the benchmarks' build, with its timing marks) named by CLAIMLENS_EXTENSION. */
export const EXTENSION_DIR = resolve(ROOT, process.env.CLAIMLENS_EXTENSION ?? '.output/chrome-mv3');
