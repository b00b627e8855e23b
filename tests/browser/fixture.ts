import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/chromium';
import { type SampleSite, startSampleSite } from '../../scripts/sample-site';

export interface Fixture {
  site: SampleSite;
  browser: ExtensionBrowser;
}

/** Starts the sample site and Chromium with ClaimLens for the test file, and stops them after it. */
export function useExtensionBrowser(): Fixture {
  const fixture = {} as Fixture;
  beforeAll(async () => {
    fixture.site = await startSampleSite();
    fixture.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.site?.close();
  });
  return fixture;
}

export type Chrome = {
  chrome: {
    tabs: { query: (q: object) => Promise<Array<{ id: number }>>; sendMessage: (id: number, m: object) => Promise<unknown> };
  };
};

export async function openPopup(fx: Fixture, forTab: number): Promise<Page> {
  const popup = await fx.browser.context.newPage();
  await popup.goto(`chrome-extension://${fx.browser.extensionId}/popup.html?tab=${forTab}`);
  return popup;
}
