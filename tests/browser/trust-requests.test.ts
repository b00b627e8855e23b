// Attacks on the background's requests, sent from a content-script context of a real page, as a hostile
// page that reached that context would send them. Each was possible before the checks they test.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SampleSite, startSampleSite } from '../../scripts/sample-site';
import { useExtensionBrowser } from './fixture';
import { waitForHighlights } from './pages';
import { forgedRequest, pageData, selection, storedRecords } from './trust-attacker';

const fx = useExtensionBrowser();
// A second site: the same host on another port, which is another origin.
let other: SampleSite;
beforeAll(async () => {
  other = await startSampleSite();
});
afterAll(() => other?.close());

interface Stored {
  id: string;
  pageId: string;
  note: string;
  text: string;
  createdAt: number;
}

async function openArticle(site: SampleSite): Promise<Page> {
  const page = await fx.browser.context.newPage();
  await page.goto(`${site.url}/articles/001.html`);
  await waitForHighlights(page);
  return page;
}

describe('requests by id from another site', () => {
  test('a page cannot update, delete or restore an annotation saved on another site, nor forge one', async () => {
    const victim = await openArticle(other);
    const victimUrl = `${other.url}/articles/001.html`;
    const saved = await forgedRequest(victim, 'save', { page: pageData(victimUrl), annotation: selection('around 10,000') });
    expect(saved).toMatchObject({ ok: true });
    const victimRecord = saved.value as Stored;
    await victim.close();

    const attacker = await openArticle(fx.site);
    const attackerUrl = `${fx.site.url}/articles/001.html`;
    const here = { url: attackerUrl, canonical: null };
    const id = victimRecord.id;
    expect(await forgedRequest(attacker, 'update', { page: here, id, note: 'pwned' })).toMatchObject({ ok: false });
    expect(await forgedRequest(attacker, 'delete', { page: here, id })).toMatchObject({ ok: false });
    // Restoring a record of its own making: under the other site's page, and under a script address dated year 318,857.
    const copy = { ...victimRecord, id: crypto.randomUUID(), note: 'planted' };
    expect(await forgedRequest(attacker, 'restore', { page: here, id: copy.id, annotation: copy })).toMatchObject({
      ok: false,
    });
    const script = { ...copy, id: crypto.randomUUID(), pageId: 'javascript:alert(document.domain)', createdAt: 1e16 };
    expect(await forgedRequest(attacker, 'restore', { page: here, id: script.id, annotation: script })).toMatchObject({
      ok: false,
    });
    // Saving with a canonical link to the other port: filed under the attacker's own address.
    const own = await forgedRequest(attacker, 'save', {
      page: pageData(attackerUrl, victimUrl),
      annotation: selection('around 10,000'),
    });
    expect(own).toMatchObject({ ok: true, value: { pageId: attackerUrl } });

    const library = await fx.browser.context.newPage();
    await library.goto(`chrome-extension://${fx.browser.extensionId}/library.html`);
    const stored = await storedRecords<Stored>(library, 'annotations');
    // The check could see a change: the victim's record is there, as saved.
    expect(stored.find((a) => a.id === id)).toMatchObject({ note: '', pageId: victimUrl });
    expect(stored.map((a) => a.note)).not.toContain('planted');
    expect(stored.filter((a) => a.pageId === victimUrl)).toHaveLength(1);
    expect(stored.filter((a) => !a.pageId.startsWith('http'))).toEqual([]);

    // The owner's own undo still works: delete, then restore, as it was.
    const ownId = (own.value as Stored).id;
    const before = (await storedRecords<Stored>(library, 'annotations')).find((a) => a.id === ownId);
    expect(await forgedRequest(attacker, 'delete', { page: here, id: ownId })).toMatchObject({ ok: true });
    expect(await forgedRequest(attacker, 'restore', { page: here, id: ownId })).toMatchObject({ ok: true });
    expect((await storedRecords<Stored>(library, 'annotations')).find((a) => a.id === ownId)).toEqual(before);
    await library.close();
    await attacker.close();
  });
});
