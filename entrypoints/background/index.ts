import { browser } from 'wxt/browser';
import { Deletions, handleRequest } from '@/lib/messages';
import { ClaimLensDatabase } from '@/lib/store/database';
import type { TabMessage } from '@/lib/page-messages';

export default defineBackground(() => {
  const db = new ClaimLensDatabase();
  const deletions = new Deletions();
  // Content scripts cannot open our database (it would be the page's): they ask here, and every request is checked.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || !('claimlens' in message)) return false;
    const from = { id: sender.id, url: sender.url, tabId: sender.tab?.id };
    void handleRequest(db, message, from, browser.runtime.id, deletions).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => deletions.forget(tabId));

  // "Save selection to ClaimLens" in the page's context menu.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION, title: 'Save selection to ClaimLens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // The content script knows the article text: it does the saving.
    const message: TabMessage = { claimlensTab: 'saveSelection' };
    if (info.menuItemId === SAVE_SELECTION && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, message);
  });
});

const SAVE_SELECTION = 'claimlens-save-selection';
