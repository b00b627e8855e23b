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
