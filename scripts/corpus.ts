import { readFileSync } from 'node:fs';
import { articleText } from '../lib/page/html-text';
import { parseHtml } from './parse-html';
import { ARTICLE_IDS, CLAIMS, PAGE_NAMES, PAGES } from './paths';

/** Real news text for benchmarks: the five sample articles and the article text of the six saved pages. */
export function newsCorpus(): Array<{ name: string; text: string }> {
  return [
    ...ARTICLE_IDS.map((id) => ({ name: id, text: readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8') })),
    ...PAGE_NAMES.map((name) => ({
      name,
      text: articleText(parseHtml(readFileSync(`${PAGES}/${name}/expected.html`, 'utf8'))),
    })),
  ];
}
