import { browser } from 'wxt/browser';
import { handleRequest } from '@/lib/messages';
import { ClaimLensDatabase } from '@/lib/store/database';

export default defineBackground(() => {
  const db = new ClaimLensDatabase();
  // Content scripts cannot open our database (it would be the page's): they ask here, and every request is checked.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || !('claimlens' in message)) return false;
    void handleRequest(db, message, { id: sender.id, url: sender.url }, browser.runtime.id).then(sendResponse);
    return true;
  });
});
