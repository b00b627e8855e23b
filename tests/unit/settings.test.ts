import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteEnabled, readSettings, readSiteEnabledEarly, setSiteEnabled, readEarlySiteEnabled } from '@/lib/settings';

describe('per-site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  test('every site is on until the reader turns it off, and the choice is remembered', async () => {
    expect(await isSiteEnabled('www.bbc.co.uk')).toBe(true);
    await setSiteEnabled('www.bbc.co.uk', false);
    expect(await isSiteEnabled('www.bbc.co.uk')).toBe(false);
    expect(await isSiteEnabled('www.nytimes.com')).toBe(true);
    await setSiteEnabled('www.bbc.co.uk', false);
    expect((await readSettings()).disabledSites).toEqual(['www.bbc.co.uk']);
    await setSiteEnabled('www.bbc.co.uk', true);
    expect(await isSiteEnabled('www.bbc.co.uk')).toBe(true);
  });

  test('a damaged stored value reads as no site turned off', async () => {
    await fakeBrowser.storage.local.set({ 'claimlens:settings': { disabledSites: 'oops' } });
    expect(await readSettings()).toEqual({ disabledSites: [] });
  });

  test('the answer read at document_start is used once; later questions read storage again', async () => {
    await setSiteEnabled('www.bbc.co.uk', false);
    const scope = {};
    readSiteEnabledEarly('www.bbc.co.uk', scope);
    await setSiteEnabled('www.bbc.co.uk', true); // the early answer was already on its way
    expect(await readEarlySiteEnabled('www.bbc.co.uk', scope)).toBe(false);
    expect(await readEarlySiteEnabled('www.bbc.co.uk', scope)).toBe(true);
  });
});
