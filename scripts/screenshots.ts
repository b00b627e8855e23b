// Saves the README's screenshots into docs/, in the light scheme (name.png) and the dark one (name-dark.png):
// highlighted articles, the card, the popup's three views, the library, tracked figures and the options page.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, newestTabId } from './chromium';
import { CARD_HOST_TAG } from '../lib/page/card-host';
import { ROOT } from './paths';
import { startSampleSite } from './sample-site';

const dir = `${ROOT}/docs`;
mkdirSync(dir, { recursive: true });
const site = await startSampleSite();
const browser = await launchWithExtension();
const extension = `chrome-extension://${browser.extensionId}`;
const SCHEMES = ['light', 'dark'] as const;

/** Saves the page in both schemes (`prepare` runs after each switch, for what must be redrawn). */
async function shoot(page: Page, name: string, prepare: () => Promise<void> = async () => {}) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await prepare();
    await page.waitForTimeout(300);
    const file = `${name}${scheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: `${dir}/${file}` });
    console.log(`saved docs/${file}`);
  }
}

const waitForHighlights = (page: Page) => page.waitForFunction(() => CSS.highlights.has('x5c1e-figure'));

async function openArticle(path: string, size = { width: 1000, height: 760 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${site.url}${path}`);
  await waitForHighlights(page);
  return page;
}

/** Opens the card of the claim holding `words` from the keyboard (Alt+Shift+↓), as a reader would. */
async function openCard(page: Page, words: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.waitForTimeout(60);
    if (await cardHas(page, words)) return;
  }
  throw new Error(`no claim with "${words}"`);
}
async function cardHas(page: Page, words: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: { children?: unknown[] } };
  await cdp.detach();
  // Our host is the last child of <html>: only the card's text counts.
  const html = (root.children ?? []).at(-1) as { children?: Array<{ nodeName: string }> } | undefined;
  const host = html?.children?.find((c) => c.nodeName === CARD_HOST_TAG.toUpperCase());
  return host !== undefined && JSON.stringify(host).includes(words);
}

for (const [path, file] of [
  ['/articles/001.html', 'sample-article'],
  ['/pages/telegraph/', 'telegraph-page'],
] as const) {
  const page = await openArticle(path, { width: 1000, height: 1000 });
  await page.evaluate(() => {
    const first = [...(CSS.highlights.get('x5c1e-figure') ?? [])][0] as Range | undefined;
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  });
  await page.screenshot({ path: `${dir}/${file}.png` });
  console.log(`saved docs/${file}.png`);
  await page.close();
}

// The card, opened from the keyboard on Sabrina Singh's "she added" quote, with a note and tags being written.
const article = await openArticle('/articles/001.html');
await openCard(article, 'We believe that the DPRK');
await shoot(article, 'card');
await article.close();

// The popup: a figure saved from one article, then another article that reports it differently.
async function popupFor(path: string) {
  const page = await openArticle(path);
  const id = await newestTabId(browser); // before the popup's own tab opens
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`${extension}/popup.html?tab=${id}`);
  return { article: page, popup };
}
const saveClaim = async (popup: Page, words: string, note = '', tags = '') => {
  await popup.locator('ul.claims li').first().waitFor();
  await popup.locator('ul.claims li', { hasText: words }).getByRole('button', { name: 'Save' }).click();
  await popup.locator('ul.claims li', { hasText: words }).getByRole('button', { name: 'Saved' }).waitFor();
  if (!note) return;
  await popup.getByRole('button', { name: 'Add note or tags' }).first().click();
  await popup.getByLabel('Note').fill(note);
  await popup.getByRole('textbox', { name: 'Tags', exact: true }).fill(tags);
  await popup.getByRole('textbox', { name: 'Tags', exact: true }).press('Enter');
};
const first = await popupFor('/articles/000.html');
await saveClaim(first.popup, '3,000 North Korean troops were dispatched', 'The first US estimate', 'north korea, troops');
await first.popup.close();
await first.article.close();
const second = await popupFor('/articles/001.html');
await saveClaim(
  second.popup,
  'The Pentagon says North Korea has sent about 10,000',
  'Triples the US estimate of last week',
  'north korea',
);
await shoot(second.popup, 'popup');
await second.popup.getByRole('tab', { name: 'Compare' }).click();
await second.popup.getByText('differs').first().waitFor();
await shoot(second.popup, 'popup-compare');
await second.popup.getByRole('tab', { name: 'Saved' }).click();
await second.popup.locator('li.annotation').first().waitFor();
await shoot(second.popup, 'popup-saved');

// The card of a figure that differs from the saved one.
await second.article.reload();
await waitForHighlights(second.article);
await second.article.waitForFunction(() => (CSS.highlights.get('x5c1e-differ')?.size ?? 0) > 0);
await openCard(second.article, 'around 10,000');
await shoot(second.article, 'compare-card');

// A card being saved from the keyboard: a note, tags (the reader's own offered), and the shortcuts.
const keys = await openArticle('/articles/001.html', { width: 1000, height: 1000 });
await openCard(keys, 'A portion of those soldiers');
await keys.keyboard.press('n');
await keys.keyboard.type('Singh: first US word on combat use');
await keys.keyboard.press('Tab');
await keys.keyboard.press('t');
await keys.keyboard.press('Tab');
await keys.keyboard.press('?');
await shoot(keys, 'card-keys');
await keys.close();

// The library, its tracked figures, and the options page.
const library = await browser.context.newPage();
await library.setViewportSize({ width: 1000, height: 800 });
await library.goto(`${extension}/library.html`);
await library.locator('li.annotation').first().waitFor();
await shoot(library, 'library');
await library.evaluate(() => (location.hash = '#tracked'));
await library.locator('figure.tracked').first().waitFor();
await shoot(library, 'tracked');
const options = await browser.context.newPage();
await options.setViewportSize({ width: 900, height: 1100 });
await options.goto(`${extension}/options.html`);
await options.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
await shoot(options, 'options');

await browser.close();
await site.close();
