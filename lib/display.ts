// How highlights look on the page: the options page writes these, the content script paints with them.
// Only the type: the storage area is passed in (see settings.ts).
import type { browser } from 'wxt/browser';
import type { Attribution, Claim } from './claims/types';

/** Where the display settings live in `storage.local` (apart from the per-site switch). */
export const DISPLAY_KEY = 'claimlens:display';

export type MarkKind = 'quantity' | 'attribution' | 'saved';
export type ColourKind = MarkKind | 'agree' | 'differ';

export interface DisplaySettings {
  /** Which kinds are marked on the page. */
  show: Record<MarkKind, boolean>;
  /** Statements tinted in full, or only their cue and speaker marked (the content is left as the page wrote it). */
  statements: 'tint' | 'cue';
  colours: Record<ColourKind, string>;
}

/** Okabe & Ito's palette: told apart with protanopia, deuteranopia and tritanopia (jfly.uni-koeln.de/color). */
export const SAFE_COLOURS: Record<ColourKind, string> = {
  quantity: '#e69f00',
  attribution: '#0072b2',
  saved: '#cc79a7',
  agree: '#009e73',
  differ: '#d55e00',
};

export const DEFAULT_DISPLAY: DisplaySettings = {
  show: { quantity: true, attribution: true, saved: true },
  statements: 'cue',
  colours: SAFE_COLOURS,
};

type Area = Pick<typeof browser.storage.local, 'get' | 'set'>;

const HEX = /^#[0-9a-f]{6}$/i;

/** The stored display settings; anything missing or damaged reads as its default. */
export async function readDisplay(area: Area): Promise<DisplaySettings> {
  return parseDisplay((await area.get(DISPLAY_KEY))[DISPLAY_KEY]);
}

export function parseDisplay(stored: unknown): DisplaySettings {
  const s = (stored ?? {}) as Partial<Record<keyof DisplaySettings, Record<string, unknown> | string>>;
  const pick = <K extends string, T>(from: unknown, defaults: Record<K, T>, ok: (v: unknown) => v is T): Record<K, T> => {
    const given = (typeof from === 'object' && from !== null ? from : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries<T>(defaults).map(([k, d]) => [k, ok(given[k]) ? given[k] : d])) as Record<K, T>;
  };
  return {
    show: pick(s.show, DEFAULT_DISPLAY.show, (v): v is boolean => typeof v === 'boolean'),
    statements: s.statements === 'tint' || s.statements === 'cue' ? s.statements : DEFAULT_DISPLAY.statements,
    colours: pick(s.colours, DEFAULT_DISPLAY.colours, (v): v is string => typeof v === 'string' && HEX.test(v)),
  };
}

export async function writeDisplay(display: DisplaySettings, area: Area): Promise<void> {
  await area.set({ [DISPLAY_KEY]: display });
}

/** `#rrggbb` with an alpha channel. */
const alpha = (hex: string, a: number) =>
  `${hex}${Math.round(a * 255)
    .toString(16)
    .padStart(2, '0')}`;

/**
 * The CSS for one kind of mark, as the page and the legend show it. Colour
 * and line style differ per kind (solid, dotted, double, wavy), so the kinds
 * are told apart without telling colours apart.
 */
export function markStyle(display: DisplaySettings, kind: ColourKind | 'cue'): string {
  const c = display.colours;
  switch (kind) {
    case 'quantity':
      return `background-color: ${alpha(c.quantity, 0.3)}; text-decoration: underline solid ${c.quantity} 2px;`;
    case 'attribution':
      return display.statements === 'tint'
        ? `background-color: ${alpha(c.attribution, 0.12)}; text-decoration: underline dotted ${c.attribution} 2px;`
        : '';
    case 'cue':
      return display.statements === 'cue'
        ? `background-color: ${alpha(c.attribution, 0.16)}; text-decoration: underline dotted ${c.attribution} 2px;`
        : '';
    case 'saved':
      return `background-color: ${alpha(c.saved, 0.3)}; text-decoration: underline solid ${c.saved} 2px;`;
    case 'agree':
      return `text-decoration: underline double ${c.agree} 3px;`;
    case 'differ':
      return `text-decoration: underline wavy ${c.differ} 2px;`;
  }
}

/** Which mark kind each highlight name shows, and whether the reader turned it off. */
const SHOWN_WITH: Record<ColourKind | 'cue', MarkKind> = {
  quantity: 'quantity',
  attribution: 'attribution',
  cue: 'attribution',
  saved: 'saved',
  agree: 'quantity',
  differ: 'quantity',
};

/** The page's highlight stylesheet: one rule per highlight name, empty for kinds turned off. */
export function highlightCss(display: DisplaySettings, names: Record<ColourKind | 'cue', string>): string {
  return (Object.keys(SHOWN_WITH) as Array<ColourKind | 'cue'>)
    .map((kind) => `::highlight(${names[kind]}) { ${display.show[SHOWN_WITH[kind]] ? markStyle(display, kind) : ''} }`)
    .join('\n');
}

/**
 * Where the speaker of a statement is written in the text: the occurrence of
 * its source as written ("Kirby", "she") nearest to the cue, within the
 * claim's sentence; null when it is not there (a speaker from an earlier sentence).
 */
export function speakerSpan(text: string, a: Attribution, claim: Pick<Claim, 'start' | 'end'>): [number, number] | null {
  const who = a.speakerText;
  if (!who) return null;
  let best: number | null = null;
  for (let at = text.indexOf(who, claim.start); at !== -1 && at + who.length <= claim.end; at = text.indexOf(who, at + 1)) {
    if (best === null || Math.abs(at - a.cueStart) < Math.abs(best - a.cueStart)) best = at;
  }
  return best === null ? null : [best, best + who.length];
}

/** The spans a claim shows on the page with these settings: where hovering it opens its card. */
export function visibleSpans(text: string, claim: Claim, display: DisplaySettings): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (display.show.quantity) for (const q of claim.quantities) spans.push([q.start, q.end]);
  if (!display.show.attribution) return spans;
  for (const a of claim.attributions) {
    if (display.statements === 'tint') spans.push([a.contentStart, a.contentEnd]);
    else spans.push(...statementCueSpans(text, a, claim));
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** The cue of a statement and its speaker, where written in the claim's sentence. */
export function statementCueSpans(text: string, a: Attribution, claim: Pick<Claim, 'start' | 'end'>): Array<[number, number]> {
  const speaker = speakerSpan(text, a, claim);
  return speaker ? [[a.cueStart, a.cueEnd], speaker] : [[a.cueStart, a.cueEnd]];
}
