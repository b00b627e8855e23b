// Only the type: the storage area is passed in, so that the script that reads the setting at document_start
// carries no polyfill. (A variable named `storage` would make WXT's auto-import add its storage module: 9 KB.)
import type { browser } from 'wxt/browser';

/** Where the reader's settings live in `storage.local`. */
export const SETTINGS_KEY = 'claimlens:settings';

export interface Settings {
  /** Hostnames where highlighting is turned off. */
  disabledSites: string[];
}

export type SettingsStorage = Pick<typeof browser.storage.local, 'get' | 'set'>;

export async function readSettings(area: SettingsStorage): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return { disabledSites: Array.isArray(stored?.disabledSites) ? stored.disabledSites.filter((s) => typeof s === 'string') : [] };
}

export async function isSiteEnabled(hostname: string, area: SettingsStorage): Promise<boolean> {
  return !(await readSettings(area)).disabledSites.includes(hostname);
}

// Where the answer read at document_start waits for the content script that runs at document_idle. Both run
// in the extension's isolated world, which the page cannot see.
const EARLY = '__claimlensSiteEnabled';
type EarlyScope = { [EARLY]?: Promise<boolean> };

/** Starts reading whether highlighting is on for this site while the page loads. */
export function readSiteEnabledEarly(
  hostname: string,
  area: SettingsStorage,
  scope: EarlyScope = globalThis as EarlyScope,
): void {
  const reading = isSiteEnabled(hostname, area);
  reading.catch(() => {}); // taken by readEarlySiteEnabled, which reports a failure
  scope[EARLY] = reading;
}

/** The answer `readSiteEnabledEarly` started, taken once; a fresh read when there is none. */
export function readEarlySiteEnabled(
  hostname: string,
  area: SettingsStorage,
  scope: EarlyScope = globalThis as EarlyScope,
): Promise<boolean> {
  const early = scope[EARLY];
  delete scope[EARLY];
  return early ?? isSiteEnabled(hostname, area);
}

/** Turns highlighting on or off for a site; remembered across visits. */
export async function setSiteEnabled(hostname: string, enabled: boolean, area: SettingsStorage): Promise<void> {
  const settings = await readSettings(area);
  const others = settings.disabledSites.filter((s) => s !== hostname);
  await area.set({ [SETTINGS_KEY]: { ...settings, disabledSites: enabled ? others : [...others, hostname] } });
}
