import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractClaims } from '@/lib/claims/extract';
import { DEFAULT_DISPLAY, highlightCss, parseDisplay, readDisplay, speakerSpan, visibleSpans, writeDisplay } from '@/lib/display';
import { HIGHLIGHTS } from '@/lib/page/paint';

// A sentence of sample article 001 (../shared/claims/articles/001.txt).
const TEXT =
  '“A portion of those soldiers have already moved closer to Ukraine, and we are increasingly concerned that Russia intends to use these soldiers in combat,” she added. The Pentagon said Pyongyang has sent 10,000 troops to train in Russia.';

describe('display settings', () => {
  test('statements show by cue and speaker: the marked text is a few words, not the quote', () => {
    const { claims } = extractClaims(TEXT);
    const quote = claims.find((c) => c.attributions.length > 0);
    if (!quote) throw new Error('no statement found');
    const spans = visibleSpans(TEXT, quote, DEFAULT_DISPLAY);
    expect(spans.map(([s, e]) => TEXT.slice(s, e))).toEqual(['she', 'added']);
    const full = visibleSpans(TEXT, quote, { ...DEFAULT_DISPLAY, statements: 'tint' });
    expect(TEXT.slice(full[0]?.[0], full[0]?.[1])).toContain('A portion of those soldiers');
  });

  test('the speaker is found where written, nearest the cue', () => {
    const { claims } = extractClaims(TEXT);
    const said = claims.find((c) => c.text.startsWith('The Pentagon said'));
    const a = said?.attributions[0];
    if (!said || !a) throw new Error('no statement found');
    expect(TEXT.slice(...(speakerSpan(TEXT, a, said) ?? [0, 0]))).toBe('The Pentagon');
  });

  test('kinds turned off get no style; the others keep colour and line', () => {
    const css = highlightCss({ ...DEFAULT_DISPLAY, show: { ...DEFAULT_DISPLAY.show, quantity: false } }, HIGHLIGHTS);
    expect(css).toContain(`::highlight(${HIGHLIGHTS.quantity}) {  }`);
    expect(css).toContain(`::highlight(${HIGHLIGHTS.differ}) {  }`);
    expect(css).toMatch(
      new RegExp(`::highlight\\(${HIGHLIGHTS.cue}\\) \\{ background-color: #0072b2\\w\\w; text-decoration: underline dotted`),
    );
    expect(css).toContain(`::highlight(${HIGHLIGHTS.attribution}) {  }`);
  });

  test('stored settings are read back; damaged fields read as their defaults', async () => {
    fakeBrowser.reset();
    const local = fakeBrowser.storage.local;
    expect(await readDisplay(local)).toEqual(DEFAULT_DISPLAY);
    const mine = { ...DEFAULT_DISPLAY, statements: 'tint' as const, colours: { ...DEFAULT_DISPLAY.colours, differ: '#ff0000' } };
    await writeDisplay(mine, local);
    expect(await readDisplay(local)).toEqual(mine);
    expect(parseDisplay({ statements: 'loud', show: { quantity: 'yes', saved: false }, colours: { agree: 'red' } })).toEqual({
      ...DEFAULT_DISPLAY,
      show: { ...DEFAULT_DISPLAY.show, saved: false },
    });
  });
});
