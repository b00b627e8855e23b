import { findArticleRoot } from './article';
import { buildTextMap } from './text-map';

/** The article text of a parsed page, as the content script reads it; '' when the page has no article. */
export function articleText(doc: Document): string {
  const root = findArticleRoot(doc);
  return root ? buildTextMap(root).text : '';
}
