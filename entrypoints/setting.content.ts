import { readSiteEnabledEarly } from '@/lib/settings';

// The site's on/off setting is read while the page loads, so that the highlighter, which starts at
// document_idle, finds the answer waiting instead of asking and waiting for the reply.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    readSiteEnabledEarly(location.hostname);
  },
});
