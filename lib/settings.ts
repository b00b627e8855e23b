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
