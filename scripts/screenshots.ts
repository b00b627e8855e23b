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
await browser.close();
await site.close();
