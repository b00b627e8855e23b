import * as v from 'valibot';
import { APPROXES, ATTRIBUTION_TYPES, QUANTITY_KINDS, RESOLUTIONS } from './claims/types';
import { EVENT_KINDS } from './compare/event-kinds';

// Limits that keep a hostile page, or a hostile file, from filling the reader's disk through us.
export const MAX_TEXT = 20_000;
export const MAX_NOTE = 100_000;
const MAX_TAGS = 50;
export const MAX_ITEMS = 500;
export const MAX_CONTEXT = 2_000;
export const MAX_PASSAGES = 5_000;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A web page's address: http or https only, so that no stored link can run script. */
export const webUrl = v.pipe(
  v.string(),
  v.maxLength(4000),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http or https address'),
);
export const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A stored time, in milliseconds since 1970: from the web's first year to 2100. An annotation dated
 * 1e16 (year 318,857) once passed as an offset, and every export then failed on it ("Invalid time value").
 */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
export const LATEST_TIME = Date.UTC(2100, 0, 1);
export const timestamp = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(EARLIEST_TIME, 'must be a date after 1990'),
  v.maxValue(LATEST_TIME, 'must be a date before 2100'),
);
/** An annotation's id: a UUID, as the store makes them (imports turn other ids into UUIDs). */
export const annotationId = v.pipe(v.string(), v.uuid());
const nullableNumber = v.nullable(v.pipe(v.number(), v.finite()));

export const QuantitySchema = v.object({
  text: text(500),
  start: offset,
  end: offset,
  value: nullableNumber,
  low: nullableNumber,
  high: nullableNumber,
  approx: v.picklist(APPROXES),
  kind: v.picklist(QUANTITY_KINDS),
  unit: v.nullable(text(100)),
  currency: v.nullable(text(10)),
  // Where the unit was read (absent in annotations saved before it was recorded).
  unitStart: v.optional(offset),
  unitEnd: v.optional(offset),
  measureUnit: v.optional(text(20)),
  dimensions: v.optional(v.pipe(v.array(v.pipe(v.number(), v.finite())), v.maxLength(4))),
});

export const AttributionSchema = v.object({
  speaker: text(500),
  speakerText: text(500),
  role: v.nullable(text(500)),
  cue: text(200),
  type: v.picklist(ATTRIBUTION_TYPES),
  content: text(MAX_TEXT),
  contentStart: offset,
  contentEnd: offset,
  cueStart: offset,
  cueEnd: offset,
  // How the speaker was found (absent in annotations saved before it was recorded).
  speakerStart: v.optional(offset),
  speakerEnd: v.optional(offset),
  resolution: v.optional(v.picklist(RESOLUTIONS)),
  namedAt: v.optional(offset),
});

export const SelectorsSchema = v.tuple([
  v.object({ type: v.literal('TextQuoteSelector'), exact: text(MAX_TEXT), prefix: text(200), suffix: text(200) }),
  v.pipe(
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((s) => s.end >= s.start, 'the end must not come before the start'),
  ),
]);

export const TagsSchema = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))), v.maxLength(MAX_TAGS));

/** Where a content script runs, as it reports it: its address and the canonical link it declares. */
export const PageRefSchema = v.object({
  url: webUrl,
  canonical: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
});

export const PageSchema = v.object({
  ...PageRefSchema.entries,
  title: text(1000),
  byline: v.nullable(text(500)),
  publishedAt: v.nullable(text(100)),
});

/** A stored page record (the store's, and an export's): its id is a canonical address. */
export const PageRecordSchema = v.object({
  id: webUrl,
  url: webUrl,
  title: text(1000),
  site: text(500),
  byline: v.nullable(text(500)),
  publishedAt: v.nullable(text(100)),
  firstVisit: timestamp,
  lastVisit: timestamp,
});

export const AnnotationInputSchema = v.object({
  kind: v.picklist(['claim', 'selection']),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
  quantities: v.pipe(v.array(QuantitySchema), v.maxLength(MAX_ITEMS)),
  attributions: v.pipe(v.array(AttributionSchema), v.maxLength(MAX_ITEMS)),
  note: text(MAX_NOTE),
  tags: TagsSchema,
  selectors: SelectorsSchema,
  context: text(MAX_CONTEXT),
});

/**
 * An annotation's own content, as stored and exported (derived fields are computed again by the store).
 * The one check of a stored record: requests, imports, upgrades and exports all use it.
 */
export const AnnotationSchema = v.object({
  ...AnnotationInputSchema.entries,
  id: annotationId,
  pageId: webUrl,
  createdAt: timestamp,
  updatedAt: timestamp,
});

// What a stored reading lists: words and names of one sentence, bounded as a sentence is.
const readWords = v.pipe(v.array(text(200)), v.maxLength(MAX_ITEMS));

/**
 * What the comparison read of a saved figure, kept with it in the figures table (`StoredReading` in
 * lib/compare/saved.ts). The store derives it when it saves, restores, imports or upgrades, never from a request or a
 * file; the background checks it when it reads a figure, and reads the figure's sentence again where it fails.
 */
export const StoredReadingSchema = v.object({
  rules: v.pipe(v.number(), v.integer()),
  sentence: v.pipe(
    v.tuple([offset, offset]),
    v.check(([a, b]) => b >= a, 'the end must not come before the start'),
  ),
  measure: text(100),
  thing: v.nullable(text(200)),
  low: nullableNumber,
  high: nullableNumber,
  score: v.nullable(text(100)),
  words: readWords,
  tight: readWords,
  event: v.nullable(v.picklist(EVENT_KINDS)),
  days: readWords,
  years: readWords,
  names: readWords,
  known: v.pipe(
    v.record(text(500), v.pipe(v.number(), v.finite())),
    v.check((names) => Object.keys(names).length <= MAX_ITEMS * 4, 'too many names'),
  ),
  holders: readWords,
  opener: readWords,
  modifiers: readWords,
  variants: readWords,
  lines: readWords,
  periods: readWords,
  tier: v.nullable(v.picklist(['low', 'high'])),
  another: v.boolean(),
  person: v.nullable(text(200)),
  from: v.nullable(text(500)),
});

/** The first problem of a failed check, with where: "createdAt: must be a date before 2100" (`lead` goes before a path). */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], lead = ''): string {
  const issue = issues[0] as v.BaseIssue<unknown>;
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${lead}${path}: ` : lead ? ': ' : ''}${issue.message}`;
}
