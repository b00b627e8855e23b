import type { browser as Browser } from 'wxt/browser';
import { readSiteEnabledEarly } from '@/lib/settings';

// Declared in the manifest as a content script at document_start (see wxt.config.ts). It reads the site's
// on/off setting while the page loads, so that the highlighter, which starts at document_idle, finds the
// answer waiting. It runs on every page, so it is kept tiny: no polyfill for the one call, whose promise
// form both Chromium and Firefox have natively.
export default defineUnlistedScript(() => {
  const api =
    (globalThis as { browser?: typeof Browser }).browser ?? (globalThis as unknown as { chrome: typeof Browser }).chrome;
  readSiteEnabledEarly(location.hostname, api.storage.local);
});
