// Saves the README's screenshots: a sample article and a real news page with ClaimLens highlights.
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from './chromium';
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
  await page.waitForFunction(() => CSS.highlights.has('claimlens-quantity'));
  // Bring the first highlighted figure into view.
  await page.evaluate(() => {
    const first = [...(CSS.highlights.get('claimlens-quantity') ?? [])][0] as Range | undefined;
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  });
  await page.screenshot({ path: `${dir}/${file}` });
  console.log(`saved docs/${file}`);
}
// The card, opened on Sabrina Singh's "she added" quote.
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1000, height: 700 });
await page.goto(`${site.url}/articles/001.html`);
await page.waitForFunction(() => CSS.highlights.has('claimlens-quantity'));
const point = await page.evaluate(() => {
  const range = [...(CSS.highlights.get('claimlens-attribution') ?? [])].find((r) =>
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
await browser.close();
await site.close();
