// Saves the README's screenshots: a sample article and a real news page with ClaimLens highlights, the card,
// the popup, and a figure compared with a saved one.
import { mkdirSync } from 'node:fs';
import { launchWithExtension, newestTabId } from './chromium';
import { ROOT } from './paths';
import { startSampleSite } from './sample-site';

const dir = `${ROOT}/docs`;
mkdirSync(dir, { recursive: true });
const site = await startSampleSite();
const browser = await launchWithExtension();
const shots: Array<[string, string]> = [
  ['/articles/001.html', 'sample-article.png'],
  ['/pages/telegraph/', 'telegraph-page.png'],
];
for (const [path, file] of shots) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1100 });
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(() => CSS.highlights.has('x5c1e-figure'));
  // Bring the first highlighted figure into view.
  await page.evaluate(() => {
    const first = [...(CSS.highlights.get('x5c1e-figure') ?? [])][0] as Range | undefined;
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  });
  await page.screenshot({ path: `${dir}/${file}` });
  console.log(`saved docs/${file}`);
}
// The card, opened on Sabrina Singh's "she added" quote.
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1000, height: 700 });
await page.goto(`${site.url}/articles/001.html`);
await page.waitForFunction(() => CSS.highlights.has('x5c1e-figure'));
const point = await page.evaluate(() => {
  const range = [...(CSS.highlights.get('x5c1e-source') ?? [])].find((r) =>
    (r as Range).toString().startsWith('We believe that the DPRK'),
  ) as Range | undefined;
  range?.startContainer.parentElement?.scrollIntoView({ block: 'start' });
  const rect = range?.getClientRects()[0];
  return rect ? { x: rect.left + 30, y: rect.top + rect.height / 2 } : null;
});
if (point) await page.mouse.move(point.x, point.y);
await page.waitForTimeout(400);
await page.screenshot({ path: `${dir}/card.png` });
console.log('saved docs/card.png');

// The popup and the comparison: a figure saved from one article, then another article that reports it differently.
async function popupFor(path: string) {
  const article = await browser.context.newPage();
  await article.goto(`${site.url}${path}`);
  await article.waitForFunction(() => CSS.highlights.has('x5c1e-figure'));
  const id = await newestTabId(browser); // before the popup's own tab opens
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 440, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
  return { article, popup };
}
const saveClaim = async (popup: import('playwright-core').Page, words: string) => {
  await popup.locator('ul.claims li').first().waitFor();
  await popup.locator('ul.claims li', { hasText: words }).getByRole('button', { name: 'Save' }).click();
  await popup.locator('ul.claims li', { hasText: words }).getByRole('button', { name: 'Saved' }).waitFor();
};
const first = await popupFor('/articles/000.html');
await saveClaim(first.popup, '3,000 North Korean troops were dispatched');
await first.popup.close();
const second = await popupFor('/articles/001.html');
await saveClaim(second.popup, 'The Pentagon says North Korea has sent about 10,000');
await second.popup.getByLabel('Note').first().fill('Triples the US estimate of last week');
await second.popup.getByLabel('Note').first().blur();
await second.popup.screenshot({ path: `${dir}/popup.png` });
console.log('saved docs/popup.png');
await second.popup.getByRole('tab', { name: 'Compare' }).click();
await second.popup.getByText('differs').first().waitFor();
await second.popup.screenshot({ path: `${dir}/popup-compare.png` });
console.log('saved docs/popup-compare.png');
// The card of a figure that differs from the saved one.
await second.article.reload();
await second.article.setViewportSize({ width: 1000, height: 700 });
await second.article.waitForFunction(() => (CSS.highlights.get('x5c1e-differ')?.size ?? 0) > 0);
const differ = await second.article.evaluate(() => {
  const range = [...(CSS.highlights.get('x5c1e-differ') ?? [])].find((r) => (r as Range).toString() === 'around 10,000') as
    Range | undefined;
  range?.startContainer.parentElement?.scrollIntoView({ block: 'start' });
  const rect = range?.getClientRects()[0];
  return rect ? { x: rect.left + 10, y: rect.top + rect.height / 2 } : null;
});
if (differ) await second.article.mouse.move(differ.x, differ.y);
await second.article.waitForTimeout(400);
await second.article.screenshot({ path: `${dir}/compare-card.png` });
console.log('saved docs/compare-card.png');
await browser.close();
await site.close();
