// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { PageHighlighter } from '@/lib/page/highlighter';
import { samplePage } from '../../scripts/sample-site';

describe('PageHighlighter', () => {
  let highlighter: PageHighlighter | null = null;
  afterEach(() => highlighter?.stop());

  test('reads the article, then extracts only text added after it', async () => {
    document.documentElement.innerHTML = samplePage('001');
    highlighter = new PageHighlighter(document, extractClaims);
    await highlighter.refresh();
    const before = highlighter.claims;
    expect(before?.extraction.quantities.map((q) => q.text)).toEqual(
      extractClaims(before?.map.text ?? '').quantities.map((q) => q.text),
    );

    const p = document.createElement('p');
    p.textContent = 'Officials said a further 1,200 troops arrived on Sunday.';
    document.querySelector('article')?.append(p);
    await highlighter.refresh();
    const after = highlighter.claims;
    expect(after?.extraction.quantities.map((q) => q.text)).toContain('1,200');
    // The paragraphs that did not change were not extracted again.
    expect(after?.extraction.quantities[0]).toBe(before?.extraction.quantities[0]);
    expect(after?.index.at(after.map.text.indexOf('1,200'))?.text).toContain('a further 1,200 troops');
  });

  test('with its site turned off, a page is read but nothing is kept, shown or told', async () => {
    document.documentElement.innerHTML = samplePage('001');
    const updates: unknown[] = [];
    highlighter = new PageHighlighter(document, extractClaims, (claims) => updates.push(claims));
    expect(await highlighter.start(Promise.resolve(false))).toBe(false);
    expect(highlighter.claims).toBeNull();
    expect(updates).toEqual([]);
    // Turned on again: read and told.
    expect(await highlighter.start(Promise.resolve(true))).toBe(true);
    expect(highlighter.claims?.extraction.quantities.length).toBeGreaterThan(0);
    expect(updates).toEqual([highlighter.claims]);
  });

  test('a page without an article gets nothing', async () => {
    document.documentElement.innerHTML = '<body><nav><a href="/">Home</a></nav><p>Sign in to read 3 free stories.</p></body>';
    highlighter = new PageHighlighter(document, extractClaims);
    await highlighter.refresh();
    expect(highlighter.claims).toBeNull();
  });
});
