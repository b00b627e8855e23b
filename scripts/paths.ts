import { fileURLToPath } from 'node:url';

/** The shared sample material lives beside the repository (`../shared`), unless CLAIMLENS_SHARED says otherwise. */
export const SHARED = process.env.CLAIMLENS_SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url));
export const CLAIMS = `${SHARED}/claims`;
export const PAGES = `${SHARED}/pages`;
export const ARTICLE_IDS = ['000', '001', '002', '003', '004'];
export const PAGE_NAMES = ['bbc-1', 'buzzfeed-1', 'cnn', 'nytimes-1', 'telegraph', 'wapo-2'];
export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
