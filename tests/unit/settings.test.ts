import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteEnabled, readEarlySiteEnabled, readSettings, readSiteEnabledEarly, setSiteEnabled } from '@/lib/settings';

const local = fakeBrowser.storage.local;

describe('per-site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  test('every site is on until the reader turns it off, and the choice is remembered', async () => {
    expect(await isSiteEnabled('www.bbc.co.uk', local)).toBe(true);
    await setSiteEnabled('www.bbc.co.uk', false, local);
    expect(await isSiteEnabled('www.bbc.co.uk', local)).toBe(false);
    expect(await isSiteEnabled('www.nytimes.com', local)).toBe(true);
    await setSiteEnabled('www.bbc.co.uk', false, local);
    expect((await readSettings(local)).disabledSites).toEqual(['www.bbc.co.uk']);
    await setSiteEnabled('www.bbc.co.uk', true, local);
    expect(await isSiteEnabled('www.bbc.co.uk', local)).toBe(true);
  });

  test('a damaged stored value reads as no site turned off', async () => {
    await local.set({ 'claimlens:settings': { disabledSites: 'oops' } });
    expect(await readSettings(local)).toEqual({ disabledSites: [] });
  });

  test('the answer read at document_start is used once; later questions read storage again', async () => {
    await setSiteEnabled('www.bbc.co.uk', false, local);
    const scope = {};
    readSiteEnabledEarly('www.bbc.co.uk', local, scope);
    await setSiteEnabled('www.bbc.co.uk', true, local); // the early answer was already on its way
    expect(await readEarlySiteEnabled('www.bbc.co.uk', local, scope)).toBe(false);
    expect(await readEarlySiteEnabled('www.bbc.co.uk', local, scope)).toBe(true);
  });
});
