import type { browser as Browser } from 'wxt/browser';
import { adoptStylesEarly, dropEarlyStyles } from '@/lib/page/paint';
import { isSiteEnabled, readSiteEnabledEarly } from '@/lib/settings';

// Declared in the manifest as a content script at document_start (see wxt.config.ts). It reads the site's
// on/off setting while the page loads, so that the highlighter, which starts at document_idle, finds the
// answer waiting, and adopts the highlights' sheet. It runs on every page, so it is kept tiny: no polyfill
// for the storage calls, whose promise form both Chromium and Firefox have natively.
export default defineUnlistedScript(() => {
  const api =
    (globalThis as { browser?: typeof Browser }).browser ?? (globalThis as unknown as { chrome: typeof Browser }).chrome;
  readSiteEnabledEarly(location.hostname, api.storage.local);
  // The highlights' sheet goes in before the page has elements (see adoptStylesEarly: adopted later, it restyles
  // the whole page), and out again on a site the reader turned off, while the page is still small.
  adoptStylesEarly(document);
  isSiteEnabled(location.hostname, api.storage.local).then(
    (enabled) => enabled || dropEarlyStyles(document),
    () => dropEarlyStyles(document),
  );
});
