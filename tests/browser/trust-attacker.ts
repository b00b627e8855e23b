import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Runs `expression` in ClaimLens's content-script world of a page, as a page that had found a way into
 * that world (or a compromised content script) would: `chrome.runtime.sendMessage` reaches our background
 * with the page's real address as the sender. Returns the expression's value (awaited).
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'ClaimLens');
    if (!world) throw new Error(`no ClaimLens content script world among ${contexts.map((c) => c.name).join(', ')}`);
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

/** Sends one request to the background from the page's content-script world, and returns the reply. */
export function forgedRequest(
  page: Page,
  type: string,
  data: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify({ claimlens: type, data })})`);
}

/** Every record of a store of ClaimLens's database, read in one of the extension's pages. */
export function storedRecords<T>(extensionPage: Page, store: 'annotations' | 'pages'): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
}

/** A selection saved from a page, as the content script would send it. */
export const selection = (text: string) => ({
  kind: 'selection',
  text,
  quantities: [],
  attributions: [],
  note: '',
  tags: [],
  selectors: [
    { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: text.length },
  ],
  context: '',
});
/** The page a forged request names. */
export const pageData = (url: string, canonical: string | null = null) => ({
  url,
  canonical,
  title: 'An article',
  byline: null,
  publishedAt: null,
});
