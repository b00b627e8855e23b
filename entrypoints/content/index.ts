import { CARD_STYLES, attachCard } from './card';
import { SavedAnnotations } from './saved';
import { CardHost } from '@/lib/page/card-host';
import { PageHighlighter } from '@/lib/page/highlighter';
import { isSiteEnabled, SETTINGS_KEY } from '@/lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Marks on the page's performance timeline let a benchmark time our work.
    performance.mark('claimlens:start');
    const host = new CardHost(document, CARD_STYLES);
    const highlighter: PageHighlighter = new PageHighlighter(
      document,
      () => saved.paint(),
      (node) => node.nodeName === 'CLAIMLENS-UI',
    );
    const saved = new SavedAnnotations(document, highlighter);
    let detach: (() => void) | null = null;

    const apply = async () => {
      const enabled = await isSiteEnabled(location.hostname);
      if (enabled && !detach) {
        detach = attachCard(document, highlighter, host, saved);
        await highlighter.start();
        performance.mark('claimlens:done');
        await saved.load();
      } else if (!enabled && detach) {
        detach();
        detach = null;
        highlighter.stop();
      }
    };

    const onChange = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) guard(apply);
    };
    browser.storage.onChanged.addListener(onChange);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChange);
      detach?.();
      highlighter.stop();
    });
    guard(apply);
  },
});

// Our failure must never become the page's: errors are logged under our name.
function guard(task: () => Promise<void>): void {
  task().catch((error: unknown) => console.warn('[ClaimLens]', error));
}
