// `npm start`: opens Chromium with the built extension on the five sample articles, served from 127.0.0.1.
// Without a display (a server, CI) it runs headless, saves a screenshot of each article and stops.
import { mkdirSync } from 'node:fs';
import { HIGHLIGHTS } from '../lib/page/paint';
import { launchWithExtension } from './chromium';
import { ARTICLE_IDS, ROOT } from './paths';
import { startSampleSite } from './sample-site';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const site = await startSampleSite();
const browser = await launchWithExtension({ headless });
console.log(`ClaimLens is loaded (extension id ${browser.extensionId}); sample site at ${site.url}/`);

const blank = browser.context.pages()[0];
for (const id of ARTICLE_IDS) {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/articles/${id}.html`);
  console.log(`  ${site.url}/articles/${id}.html`);
}
await blank?.close();

if (headless) {
  const dir = `${ROOT}/.output/start`;
  mkdirSync(dir, { recursive: true });
  for (const [i, page] of browser.context.pages().entries()) {
    await page.waitForFunction((n) => CSS.highlights.has(n), HIGHLIGHTS.quantity, { timeout: 10_000 });
    await page.screenshot({ path: `${dir}/${ARTICLE_IDS[i]}.png` });
  }
  console.log(`No display found: ran headless and saved screenshots of the highlighted articles in ${dir}/`);
  await browser.close();
  await site.close();
} else {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void site.close());
  process.on('SIGINT', () => void browser.close().then(() => site.close()));
}
