// Reads an article file for the command-line tools: .txt as is, .html parsed as a browser parses it (linkedom)
// and read through the content script's own article-text logic.
import { readFileSync } from 'node:fs';
import { articleText } from '../lib/page/html-text';
import { pageMetadata } from '../lib/page/metadata';
import { parseHtml } from './parse-html';

export interface ArticleFile {
  text: string;
  /** The page's publish date, for .html files that give one. */
  publishedAt: string | null;
  /** What the reader should know, one line each: a page in which no article body was found. */
  warnings: string[];
}

/** Reads a file as UTF-8 text; a binary or undecodable file is an error naming the reason. */
export function readArticle(file: string): ArticleFile {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error('binary file, not text');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!/\.html?$/i.test(file)) return { text, publishedAt: null, warnings: [] };
  const doc = parseHtml(text);
  const article = articleText(doc);
  const warnings = article ? [] : ['no article body found in the page: no claims read'];
  return { text: article, publishedAt: pageMetadata(doc, '').publishedAt, warnings };
}

/** One line saying why a file could not be read. */
export function readError(error: unknown): string {
  const code = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
  return code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not UTF-8 text' : code;
}
