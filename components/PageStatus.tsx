import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageClaimsReply, PageStatusReply, TabMessage } from '@/lib/page-messages';
import type { ReadScope } from '@/lib/page/highlighter';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line on what ClaimLens read on this page and found there. */
export function describeStatus(status: PageStatusReply): string {
  const found = `${plural(status.figures, 'figure', 'figures')} and ${plural(status.statements, 'statement', 'statements')}`;
  if (status.scope === 'page') return `Read the whole page: ${found}.`;
  if (status.scope === 'selection') return `Read the selection: ${found}.`;
  if (!status.article) return 'No article found on this page: nothing is highlighted.';
  return `Article found: ${found}.`;
}

/**
 * Says whether an article was found on the tab's page and what it holds, and lets the reader who
 * disagrees have the whole page or the selection read instead.
 */
export function PageStatus({
  tabId,
  status,
  onRead,
}: {
  tabId: number;
  status: PageStatusReply;
  onRead: (reply: PageClaimsReply) => void;
}) {
  const [busy, setBusy] = useState(false);
  const read = async (scope: ReadScope) => {
    setBusy(true);
    const message: TabMessage = { claimlensTab: 'readScope', scope };
    const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => null)) as PageClaimsReply | null;
    setBusy(false);
    if (reply && 'status' in reply) onRead(reply);
  };
  return (
    <section class="page-status" aria-label="What ClaimLens found">
      <p role="status">{describeStatus(status)}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void read('page')}>
          Find claims in the whole page
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void read('selection')}>
          Find claims in the selection
        </button>
        {status.scope !== 'article' && (
          <>
            {' '}
            <button type="button" disabled={busy} onClick={() => void read('article')}>
              Back to the article
            </button>
          </>
        )}
      </p>
    </section>
  );
}
