import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteEnabled, setSiteEnabled } from '@/lib/settings';

/** The popup: which site this is, and a switch for highlighting on it. */
export function App() {
  const [site, setSite] = useState<string | null>(null);
  const [enabled, setEnabled] = useState(true);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const url = tab?.url ? new URL(tab.url) : null;
      const hostname = url && /^https?:$/.test(url.protocol) ? url.hostname : null;
      setSite(hostname);
      if (hostname) setEnabled(await isSiteEnabled(hostname));
    })();
  }, []);

  const toggle = async (on: boolean) => {
    if (!site) return;
    setEnabled(on);
    await setSiteEnabled(site, on);
  };

  return (
    <main>
      <h1>ClaimLens</h1>
      {site ? (
        <label class="switch">
          <input type="checkbox" checked={enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
          Highlight claims on <strong>{site}</strong>
        </label>
      ) : (
        <p>Open a news article to see its figures and quoted statements highlighted.</p>
      )}
      <p class="legend">
        <span class="quantity">figures</span> <span class="attribution">statements</span>
      </p>
      <p class="hint">Hover a highlight for details · Alt+Shift+↓/↑ steps through claims · Esc closes</p>
    </main>
  );
}
