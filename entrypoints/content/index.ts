import './loaded';
import { benchmarkMark } from '@/lib/benchmark';
import { CARD_STYLES, attachCard } from './card';
import { PageComparisons } from './comparisons';
import { SavedAnnotations } from './saved';
import { describeSpan } from '@/lib/anchoring/selectors';
import { textBefore } from '@/lib/compare/context';
import { type BadgeMessage, decodeExtraction, type PageClaimsReply, type TabMessage } from '@/lib/page-messages';
import { PAGE_MATCHES } from '@/lib/page-matches';
import { pageMetadata } from '@/lib/page/metadata';
import { CARD_HOST_TAG, CardHost } from '@/lib/page/card-host';
import { PageHighlighter, type ReadScope, yieldToMain } from '@/lib/page/highlighter';
import { request } from '@/lib/request';
import { isSiteEnabled, readEarlySiteEnabled, SETTINGS_KEY } from '@/lib/settings';
import { DEFAULT_DISPLAY, DISPLAY_KEY, readDisplay } from '@/lib/display';
import { setDisplay } from '@/lib/page/paint';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  // WXT's "a newer copy started" message is also posted to the page's window: the page would see our
  // message, and posting it took about 10 ms of the script's first task (custom events do the job alone).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Marks on the page's performance timeline let a benchmark time our work (benchmark builds only).
    benchmarkMark('claimlens:start');
    const host = new CardHost(document, CARD_STYLES);
    const highlighter: PageHighlighter = new PageHighlighter(
      document,
      async (text) => decodeExtraction(await request('extract', { text }), text),
      // The layers over the claims (saved passages, comparison markers) follow in a task of their own:
      // the highlights are registered, and can be painted, first.
      (claims) =>
        guard(async () => {
          const badge: BadgeMessage = { claimlensBadge: claims?.extraction.claims.length ?? 0 };
          void browser.runtime.sendMessage(badge).catch(() => {});
          await yieldToMain();
          saved.paint();
          await comparisons.update();
        }),
      (node) => node.nodeName === CARD_HOST_TAG.toUpperCase(),
    );
    const saved = new SavedAnnotations(document, highlighter);
    const comparisons = new PageComparisons(document, highlighter);
    let detach: (() => void) | null = null;
    // How the reader wants highlights shown (options page): read while the article is.
    let display = DEFAULT_DISPLAY;
    const loadDisplay = async () => setDisplay(document, (display = await readDisplay(browser.storage.local)));
    guard(loadDisplay);

    const applySetting = async (enabled: Promise<boolean>) => {
      if (!detach) {
        // The article is read while the site's setting is on its way: nothing shows unless the site is on.
        const reading = highlighter.start(enabled);
        if (!(await enabled)) return void (await reading);
        detach = attachCard(document, highlighter, host, saved, comparisons, () => display);
        // Saved passages are asked for now: the background wakes and answers while the article is read.
        await Promise.all([
          saved.load(),
          reading.then(() =>
            benchmarkMark('claimlens:done', {
              longestStretch: highlighter.longestStretch,
              total: highlighter.mainThreadTime,
              capped: highlighter.capped,
            }),
          ),
        ]);
      } else if (!(await enabled)) {
        detach();
        detach = null;
        highlighter.stop();
      }
    };
    // The setting at load and each change after it are applied one at a time, in order.
    let applying = Promise.resolve();
    const readSetting = () => isSiteEnabled(location.hostname, browser.storage.local);
    const apply = (enabled = readSetting) => (applying = applying.catch(() => {}).then(() => applySetting(enabled())));

    // The popup lists this page's claims; the popup and the background ask us to save or reload.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const type = (message as Partial<TabMessage> | null)?.claimlensTab;
      if (!type || !detach) return false;
      const answer = async (): Promise<unknown> => {
        if (type === 'savedChanged') return Promise.all([saved.load(), comparisons.refresh()]);
        if (type === 'saveSelection') return saved.saveSelection(window.getSelection());
        if (type === 'readScope') await highlighter.read((message as { scope: ReadScope }).scope, window.getSelection());
        const claims = highlighter.claims;
        const reply: PageClaimsReply = {
          meta: pageMetadata(document),
          claims: (claims?.extraction.claims ?? []).map((claim) => ({
            claim,
            selectors: describeSpan(claims?.map.text ?? '', claim.start, claim.end),
            context: textBefore(claims?.map.text ?? '', claim.start),
          })),
          orphans: saved.orphans(),
          updated: saved.updated(),
          capped: highlighter.capped,
          status: {
            scope: highlighter.scope,
            article: highlighter.articleFound,
            figures: claims?.extraction.quantities.length ?? 0,
            statements: claims?.extraction.attributions.length ?? 0,
          },
        };
        return reply;
      };
      answer().then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Alt+Shift+S saves the selection, as the context menu does.
    const onKey = (event: KeyboardEvent) => {
      if (detach && event.altKey && event.shiftKey && event.code === 'KeyS') {
        event.preventDefault();
        guard(async () => void (await saved.saveSelection(window.getSelection())));
      }
    };
    window.addEventListener('keydown', onKey);

    const onChange = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) guard(() => apply());
      if (DISPLAY_KEY in changes) guard(loadDisplay);
    };
    browser.storage.onChanged.addListener(onChange);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChange);
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('keydown', onKey);
      detach?.();
      highlighter.stop();
    });
    // The answer read while the page loaded comes first; it predates our listener, so it is checked once more.
    const early = readEarlySiteEnabled(location.hostname, browser.storage.local);
    guard(() => apply(() => early));
    guard(async () => {
      if ((await readSetting()) !== (await early)) await apply();
    });
  },
});

// Our failure must never become the page's: errors are logged under our name.
function guard(task: () => Promise<void>): void {
  task().catch((error: unknown) => console.warn('[ClaimLens]', error));
}
