// Launches Chromium with the built extension loaded, for the browser tests, `npm start` and benchmarks.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { EXTENSION_DIR as DEFAULT_EXTENSION_DIR } from './paths';

/** The flags every Chromium here starts with: no sandbox as root, and no connection out (this machine's network is closed). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Starts Chromium with ClaimLens loaded; every request to a host other than 127.0.0.1 is refused. */
export async function launchWithExtension(
  options: { headless?: boolean; extension?: boolean; profile?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  // Another build may be loaded instead (a benchmark's start-of-stop build, measured in the same run).
  const EXTENSION_DIR = resolve(options.extensionDir ?? DEFAULT_EXTENSION_DIR);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first`);
  }
  const args = [...CHROMIUM_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  // A kept profile would run the background it first registered (Chromium keeps the service worker's code):
  // dropping the registration makes it register the one built now. The extension's data stays.
  if (options.profile) rmSync(join(options.profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(options.profile ?? mkdtempSync(join(tmpdir(), 'claimlens-profile-')), {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1100, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' ? route.continue() : route.abort();
  });
  let extensionId = '';
  if (withExtension) {
    // A new profile starts the background at install; a reused one (a benchmark's) may leave it asleep,
    // so the id is also known without it: Chromium derives it from the unpacked extension's path.
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
    extensionId = worker ? new URL(worker.url()).host : unpackedExtensionId(EXTENSION_DIR);
  }
  return { context, extensionId, close: () => context.close() };
}

/** The browser's id for the newest tab: the article just opened. (Without the "tabs" permission, which ClaimLens does not ask for, tabs cannot be found by address.) */
export async function newestTabId(browser: ExtensionBrowser): Promise<number> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(async () => {
    type Tabs = { chrome: { tabs: { query: (q: object) => Promise<Array<{ id: number }>> } } };
    const tabs = await (globalThis as unknown as Tabs).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id));
  });
}

/** The id Chromium gives an unpacked extension: the SHA-256 of its path, as letters a to p. */
export function unpackedExtensionId(dir: string): string {
  const hash = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}
