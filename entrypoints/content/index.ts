import { extractClaims } from '@/lib/claims/extract';
import { findArticleRoot } from '@/lib/page/article';
import { paintExtraction } from '@/lib/page/paint';
import { buildTextMap } from '@/lib/page/text-map';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main() {
    try {
      const root = findArticleRoot(document);
      if (!root) return; // not an article: do nothing
      const map = buildTextMap(root);
      paintExtraction(map, extractClaims(map.text));
    } catch (error) {
      // Our failure must never become the page's.
      console.warn('[ClaimLens]', error);
    }
  },
});
