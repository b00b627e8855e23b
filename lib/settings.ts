import { browser } from 'wxt/browser';

/** Where the reader's settings live in `storage.local`. */
export const SETTINGS_KEY = 'claimlens:settings';

export interface Settings {
  /** Hostnames where highlighting is turned off. */
  disabledSites: string[];
}

type Storage = Pick<typeof browser.storage.local, 'get' | 'set'>;

export async function readSettings(storage: Storage = browser.storage.local): Promise<Settings> {
  const stored = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return { disabledSites: Array.isArray(stored?.disabledSites) ? stored.disabledSites.filter((s) => typeof s === 'string') : [] };
}

export async function isSiteEnabled(hostname: string, storage: Storage = browser.storage.local): Promise<boolean> {
  return !(await readSettings(storage)).disabledSites.includes(hostname);
}

// Where the answer read at document_start waits for the content script that runs at document_idle. Both run
// in the extension's isolated world, which the page cannot see.
const EARLY = '__claimlensSiteEnabled';
type EarlyScope = { [EARLY]?: Promise<boolean> };

/** Starts reading whether highlighting is on for this site while the page loads. */
export function readSiteEnabledEarly(hostname: string, scope: EarlyScope = globalThis as EarlyScope): void {
  const reading = isSiteEnabled(hostname);
  reading.catch(() => {}); // read by siteEnabled; a failure there is reported there
  scope[EARLY] = reading;
}

/** The answer `readSiteEnabledEarly` started, taken once; a fresh read when there is none. */
export function readEarlySiteEnabled(hostname: string, scope: EarlyScope = globalThis as EarlyScope): Promise<boolean> {
  const early = scope[EARLY];
  delete scope[EARLY];
  return early ?? isSiteEnabled(hostname);
}

/** Turns highlighting on or off for a site; remembered across visits. */
export async function setSiteEnabled(
  hostname: string,
  enabled: boolean,
  storage: Storage = browser.storage.local,
): Promise<void> {
  const settings = await readSettings(storage);
  const others = settings.disabledSites.filter((s) => s !== hostname);
  await storage.set({ [SETTINGS_KEY]: { ...settings, disabledSites: enabled ? others : [...others, hostname] } });
}
