import type { FigureChange, TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';
import {
  APPROXES,
  ATTRIBUTION_TYPES,
  type Attribution,
  type Claim,
  type Extraction,
  type Quantity,
  QUANTITY_KINDS,
  RESOLUTIONS,
} from './claims/types';
import { MAX_PIECE } from './claims/pieces';
import type { ReadScope } from './page/highlighter';
import type { PageMetadata } from './page/metadata';

/** Messages from extension pages (popup, background) to the content script of a tab. */
export type TabMessage =
  | { claimlensTab: 'pageClaims' }
  | { claimlensTab: 'savedChanged' }
  | { claimlensTab: 'saveSelection' }
  /** Scroll to the claim holding this offset and open its card (the popup's Compare view). */
  | { claimlensTab: 'reveal'; start: number }
  // Read another part of the page (the reader disagrees with the article found); replies as pageClaims.
  | { claimlensTab: 'readScope'; scope: ReadScope };

/** From the content script to the background: the number of claims on its page, for the toolbar badge. */
export interface BadgeMessage {
  claimlensBadge: number;
}

/** What the page's reading found, for the popup to say. */
export interface PageStatusReply {
  scope: ReadScope;
  /** Whether an article was found (when the article is what is read). */
  article: boolean;
  figures: number;
  statements: number;
}

/** A detected claim as the popup lists it, with the selectors it would be saved with. */
export interface ListedClaim {
  claim: Claim;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** The text before the claim (textBefore); the store saves its last sentence (saveAnnotation). */
  context: string;
}

export interface PageClaimsReply {
  meta: PageMetadata;
  claims: ListedClaim[];
  /** Saved annotations of this page that could not be anchored in its current text. */
  orphans: string[];
  /** Saved annotations whose figures the page has changed since, by id: old → new. */
  updated: Record<string, FigureChange[]>;
  /** True when the article was longer than ClaimLens reads (MAX_ARTICLE_CHARS): its claims are its beginning's. */
  capped: boolean;
  status: PageStatusReply;
}

/**
 * The extract reply as sent: an `Extraction` of the text the request carried, without what the page already
 * has. Each claim names its figures and statements by their index in the reply's lists instead of repeating
 * them (on a dense page they were 199,000 of the reply's 330,000 characters), and a text that is the request's
 * own text between its offsets (a figure's, a statement's content, cue and source as written, a claim's) is
 * left out and cut from the request's text again. A text that is not such a slice is sent as it is.
 */
export interface ExtractWire {
  quantities: Array<Omit<Quantity, 'text'> & { text?: string }>;
  attributions: Array<
    Omit<Attribution, 'content' | 'cue' | 'speakerText'> & Partial<Pick<Attribution, 'content' | 'cue' | 'speakerText'>>
  >;
  claims: Array<{ start: number; end: number; text?: string; quantities: number[]; attributions: number[] }>;
}

/** A text field and the offsets it is read between, for the fields that the wire leaves out when they are slices. */
type Sliced<T> = ReadonlyArray<readonly [keyof T & string, keyof T & string, keyof T & string]>;
const QUANTITY_SLICES: Sliced<Quantity> = [['text', 'start', 'end']];
const ATTRIBUTION_SLICES: Sliced<Attribution> = [
  ['content', 'contentStart', 'contentEnd'],
  ['cue', 'cueStart', 'cueEnd'],
  ['speakerText', 'speakerStart', 'speakerEnd'],
];

function withoutSlices<T extends object>(item: T, slices: Sliced<T>, text: string): Partial<T> {
  const sent: Partial<T> = { ...item };
  for (const [field, start, end] of slices) {
    const [from, to] = [item[start], item[end]];
    if (typeof from === 'number' && typeof to === 'number' && item[field] === text.slice(from, to)) delete sent[field];
  }
  return sent;
}

/** The wire form of `extraction`, the extractor's reading of `text` (in the background). */
export function encodeExtraction(extraction: Extraction, text: string): ExtractWire {
  const indexOf = <T>(list: T[]) => {
    const at = new Map(list.map((item, i) => [item, i]));
    // The extractor's claims hold the very objects of its lists; an equal copy is found the slow way.
    return (item: T) => at.get(item) ?? indexOfEqual(list, item);
  };
  const quantityAt = indexOf(extraction.quantities);
  const attributionAt = indexOf(extraction.attributions);
  return {
    quantities: extraction.quantities.map((q) => withoutSlices(q, QUANTITY_SLICES, text) as ExtractWire['quantities'][number]),
    attributions: extraction.attributions.map(
      (a) => withoutSlices(a, ATTRIBUTION_SLICES, text) as ExtractWire['attributions'][number],
    ),
    claims: extraction.claims.map((c) => ({
      start: c.start,
      end: c.end,
      ...(c.text !== text.slice(c.start, c.end) && { text: c.text }),
      quantities: c.quantities.map(quantityAt),
      attributions: c.attributions.map(attributionAt),
    })),
  };
}

function indexOfEqual<T>(list: T[], item: T): number {
  const json = JSON.stringify(item);
  const i = list.findIndex((other) => JSON.stringify(other) === json);
  if (i < 0) throw new Error('a claim holds a figure or statement that the extraction does not list');
  return i;
}

/** A check of one field of the reply: true when `value` may stand there. */
type Check = (value: unknown) => boolean;
const isOffset: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const isString: Check = (value) => typeof value === 'string' && value.length <= MAX_PIECE;
const isNumber: Check = (value) => Number.isFinite(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    values.includes(value as string);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length <= MAX_PIECE && value.every(check);

/** Every field of an item, each with its check: all of `T`'s, so that a field added to the type must be checked. */
type Fields = ReadonlyArray<readonly [string, Check]>;
const fieldsOf = <T>(checks: Record<keyof T, Check>): Fields => Object.entries(checks);

// The fields of each item the reply may carry, and what each may hold (the sliced texts may be left out): what
// the store's schemas say of saved figures and statements, without the valibot runtime (2.9 KB gzipped here).
const QUANTITY_FIELDS = fieldsOf<Quantity>({
  text: optional(isString),
  start: isOffset,
  end: isOffset,
  value: nullable(isNumber),
  low: nullable(isNumber),
  high: nullable(isNumber),
  approx: oneOf(APPROXES),
  kind: oneOf(QUANTITY_KINDS),
  unit: nullable(isString),
  currency: nullable(isString),
  unitStart: optional(isOffset),
  unitEnd: optional(isOffset),
  measureUnit: optional(isString),
  dimensions: optional(listOf(isNumber)),
});
const ATTRIBUTION_FIELDS = fieldsOf<Attribution>({
  speaker: isString,
  speakerText: optional(isString),
  role: nullable(isString),
  cue: optional(isString),
  type: oneOf(ATTRIBUTION_TYPES),
  content: optional(isString),
  contentStart: isOffset,
  contentEnd: isOffset,
  cueStart: isOffset,
  cueEnd: isOffset,
  speakerStart: optional(isOffset),
  speakerEnd: optional(isOffset),
  resolution: optional(oneOf(RESOLUTIONS)),
  namedAt: optional(isOffset),
});
const CLAIM_FIELDS = fieldsOf<ExtractWire['claims'][number]>({
  start: isOffset,
  end: isOffset,
  text: optional(isString),
  quantities: listOf(isOffset),
  attributions: listOf(isOffset),
});

/** A copy of `item` with the fields `fields` names, each checked; what else it carries is left behind. */
function checked<T>(item: unknown, fields: Fields, where: () => string): T {
  if (typeof item !== 'object' || item === null) return badReply(`${where()} is not an object`);
  const copy: Record<string, unknown> = {};
  for (const [field, check] of fields) {
    const value = (item as Record<string, unknown>)[field];
    if (!check(value)) badReply(`${where()}.${field} is ${JSON.stringify(value)?.slice(0, 40)}`);
    if (value !== undefined) copy[field] = value;
  }
  return copy as T;
}

function listAt(reply: unknown, field: keyof ExtractWire): unknown[] {
  const list = (reply as Record<string, unknown> | null)?.[field];
  return Array.isArray(list) && list.length <= MAX_PIECE ? list : badReply(`${field} is not a list`);
}

/**
 * The `Extraction` an extract reply stands for, given the text that was sent (in the content script). The reply
 * is checked as requests are, field by field, with every offset within the text and every index within its
 * list, so that nothing in it can paint or save outside what the page holds.
 */
export function decodeExtraction(reply: unknown, text: string): Extraction {
  const read = <T extends object>(field: keyof ExtractWire, fields: Fields, slices: Sliced<T>) =>
    listAt(reply, field).map(
      (item, i) =>
        withSlices(
          checked<Partial<T>>(item, fields, () => `${field}[${i}]`),
          slices,
          text,
        ) as T,
    );
  const quantities = read<Quantity>('quantities', QUANTITY_FIELDS, QUANTITY_SLICES);
  const attributions = read<Attribution>('attributions', ATTRIBUTION_FIELDS, ATTRIBUTION_SLICES);
  const pick =
    <T>(list: T[]) =>
    (i: number) =>
      list[i] ?? badReply(`index ${i} past a list of ${list.length}`);
  const claims = listAt(reply, 'claims').map((item, i): Claim => {
    const c = checked<ExtractWire['claims'][number]>(item, CLAIM_FIELDS, () => `claims[${i}]`);
    return {
      text: c.text ?? span(text, c.start, c.end),
      start: c.start,
      end: c.end,
      quantities: c.quantities.map(pick(quantities)),
      attributions: c.attributions.map(pick(attributions)),
    };
  });
  return { quantities, attributions, claims };
}

function withSlices<T extends object>(item: Partial<T>, slices: Sliced<T>, text: string): Partial<T> {
  for (const [field, start, end] of slices) {
    const from = item[start];
    const to = item[end];
    if (from === undefined && to === undefined && item[field] !== undefined) continue; // sent whole, with no offsets
    if (typeof from !== 'number' || typeof to !== 'number') return badReply(`${field} without its offsets`);
    const cut = span(text, from, to);
    if (item[field] === undefined) (item as Record<string, unknown>)[field] = cut;
  }
  return item;
}

function span(text: string, start: number, end: number): string {
  if (start > end || end > text.length) badReply(`offsets ${start}–${end} outside the text of ${text.length}`);
  return text.slice(start, end);
}

function badReply(why: string): never {
  throw new Error(`invalid extract reply: ${why}`);
}
