import { v5 as uuidv5 } from 'uuid';
import * as v from 'valibot';
import { type AnnotationContent, withDerived } from '../store/annotations';
import { siteOf } from '../store/canonical-url';
import { savedFigures } from '../store/compare';
import type { ClaimLensDatabase } from '../store/database';
import type { Annotation, Page } from '../store/types';
import {
  AnnotationInputSchema,
  AnnotationSchema,
  AttributionSchema,
  describeIssue,
  EARLIEST_TIME,
  LATEST_TIME,
  MAX_CONTEXT,
  MAX_ITEMS,
  PageRecordSchema,
  QuantitySchema,
  text,
  timestamp,
  webUrl,
} from '../schemas';
import { ANNO_CONTEXT, CLAIM_KEY, URN } from './web-annotation';

/** Biggest file accepted: an export of about 200,000 annotations. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const BodySchema = v.looseObject({
  type: v.optional(v.string()),
  value: v.optional(v.string()),
  purpose: v.optional(v.string()),
});

const SelectorSchema = v.looseObject({ type: v.string() });

/** One item of the collection: any W3C Web Annotation with a text quote; ours also carry CLAIM_KEY. */
const ItemSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  type: v.literal('Annotation'),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  body: v.optional(v.union([v.array(BodySchema), BodySchema])),
  target: v.looseObject({
    source: webUrl,
    selector: v.union([v.pipe(v.array(SelectorSchema), v.maxLength(10)), SelectorSchema]),
  }),
  [CLAIM_KEY]: v.optional(
    v.object({
      kind: AnnotationInputSchema.entries.kind,
      quantities: v.pipe(v.array(QuantitySchema), v.maxLength(MAX_ITEMS)),
      attributions: v.pipe(v.array(AttributionSchema), v.maxLength(MAX_ITEMS)),
      context: text(MAX_CONTEXT),
      created: timestamp,
      modified: timestamp,
      page: PageRecordSchema,
    }),
  ),
});
type Item = v.InferOutput<typeof ItemSchema>;

const CollectionSchema = v.looseObject({
  '@context': v.custom<unknown>(
    (c) => c === ANNO_CONTEXT || (Array.isArray(c) && c.includes(ANNO_CONTEXT)),
    `@context must be ${ANNO_CONTEXT}`,
  ),
  type: v.picklist(['AnnotationCollection', 'AnnotationPage']),
});

/** What a file holds, checked: its annotations (own content) and their pages. */
export interface ParsedImport {
  annotations: AnnotationContent[];
  pages: Map<string, Page>;
}

/** Why an import was refused, with where: "item 5231 (urn:uuid:…): quantities.0.value: …". */
export class ImportError extends Error {}

// Foreign annotations' ids (not UUIDs) become stable UUIDs, so that importing twice skips the second time.
const FOREIGN_IDS = '6f1b0c9e-4c5d-4a4e-9a43-2c7c1d3c8b21';
const UUID = /^[\da-f]{8}-(?:[\da-f]{4}-){3}[\da-f]{12}$/i;

/**
 * Reads and checks a file: the size first, then JSON, then every item, and last each record as the store
 * keeps it (the same schema as every other way in). Throws ImportError naming what and where.
 * `now` dates foreign annotations that carry no usable date.
 */
export async function readImport(file: Blob, now = Date.now()): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(`the file is ${megabytes(file.size)}; the most ClaimLens imports is ${megabytes(MAX_IMPORT_BYTES)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new ImportError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const head = v.safeParse(CollectionSchema, json);
  if (!head.success) throw new ImportError(`not a W3C annotation collection: ${describeIssue(head.issues)}`);
  const collection = json as { type: string; items?: unknown; first?: { items?: unknown } };
  const items = collection.type === 'AnnotationPage' ? collection.items : collection.first?.items;
  if (!Array.isArray(items)) throw new ImportError('not a W3C annotation collection: no items in its first page');

  const annotations: AnnotationContent[] = [];
  const pages = new Map<string, Page>();
  const seen = new Map<string, number>();
  items.forEach((raw, index) => {
    const where = `item ${index + 1}${typeof (raw as Item | null)?.id === 'string' ? ` (${(raw as Item).id})` : ''}`;
    const parsed = v.safeParse(ItemSchema, raw);
    if (!parsed.success) throw new ImportError(`${where}: ${describeIssue(parsed.issues)}`);
    const { annotation, page } = fromItem(parsed.output, where, now);
    const record = v.safeParse(AnnotationSchema, annotation);
    if (!record.success) throw new ImportError(`${where}: ${describeIssue(record.issues)}`);
    const pageRecord = v.safeParse(PageRecordSchema, page);
    if (!pageRecord.success) throw new ImportError(`${where}: page: ${describeIssue(pageRecord.issues)}`);
    const earlier = seen.get(annotation.id);
    if (earlier !== undefined) throw new ImportError(`${where}: the same annotation as item ${earlier}`);
    seen.set(annotation.id, index + 1);
    annotations.push(annotation);
    if (!pages.has(page.id)) pages.set(page.id, page);
  });
  return { annotations, pages };
}

function fromItem(item: Item, where: string, now: number): { annotation: AnnotationContent; page: Page } {
  const selectors = Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as Record<string, unknown> | undefined;
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as Record<string, unknown> | undefined;
  const selector = v.safeParse(AnnotationInputSchema.entries.selectors, [
    { type: 'TextQuoteSelector', exact: quote?.exact, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' },
    { type: 'TextPositionSelector', start: position?.start ?? 0, end: position?.end ?? 0 },
  ]);
  if (!quote || !selector.success) throw new ImportError(`${where}: target needs a TextQuoteSelector with the exact text`);
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const note = bodies
    .filter((b) => b.purpose !== 'tagging' && typeof b.value === 'string')
    .map((b) => b.value)
    .join('\n\n');
  const tags = bodies
    .filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')
    .map((b) => (b.value as string).trim());
  const own = v.safeParse(v.object({ note: AnnotationInputSchema.entries.note, tags: AnnotationInputSchema.entries.tags }), {
    note,
    tags,
  });
  if (!own.success) throw new ImportError(`${where}: body: ${describeIssue(own.issues)}`);

  const id =
    item.id.startsWith(URN) && UUID.test(item.id.slice(URN.length)) ? item.id.slice(URN.length) : uuidv5(item.id, FOREIGN_IDS);
  const ours = item[CLAIM_KEY];
  // A foreign annotation's date, when it has one in the range the store keeps; else the time of the import.
  const time = (iso: string | undefined) => {
    const parsed = iso === undefined ? NaN : Date.parse(iso);
    return parsed >= EARLIEST_TIME && parsed < LATEST_TIME ? parsed : now;
  };
  const page: Page = ours?.page ?? {
    id: item.target.source,
    url: item.target.source,
    title: '',
    site: siteOf(new URL(item.target.source).hostname),
    byline: null,
    publishedAt: null,
    firstVisit: time(item.created),
    lastVisit: time(item.modified ?? item.created),
  };
  const [quoteSelector] = selector.output;
  return {
    page,
    annotation: {
      id,
      pageId: page.id,
      kind: ours?.kind ?? 'selection',
      text: quoteSelector.exact,
      quantities: ours?.quantities ?? [],
      attributions: ours?.attributions ?? [],
      note: own.output.note,
      tags: own.output.tags,
      selectors: selector.output,
      context: ours?.context ?? '',
      createdAt: ours?.created ?? time(item.created),
      updatedAt: ours?.modified ?? time(item.modified ?? item.created),
    },
  };
}

/** What an import would do: annotations new to the store are added; known ones changed since are updated; the rest skipped. */
export interface ImportPlan {
  add: AnnotationContent[];
  update: AnnotationContent[];
  skip: AnnotationContent[];
  pages: Map<string, Page>;
}

export async function planImport(db: ClaimLensDatabase, parsed: ParsedImport): Promise<ImportPlan> {
  const known = await db.annotations.bulkGet(parsed.annotations.map((a) => a.id));
  const plan: ImportPlan = { add: [], update: [], skip: [], pages: parsed.pages };
  parsed.annotations.forEach((a, i) => {
    const stored = known[i];
    if (!stored) plan.add.push(a);
    else if (a.updatedAt > stored.updatedAt) plan.update.push(a);
    else plan.skip.push(a);
  });
  return plan;
}

/** Writes a plan (annotations, their pages and figures) in one transaction: all of it, or on any error nothing. */
export async function applyImport(db: ClaimLensDatabase, plan: ImportPlan): Promise<number> {
  const writes = [...plan.add, ...plan.update];
  await db.transaction('rw', db.pages, db.annotations, db.figures, async () => {
    const pageIds = [...new Set(writes.map((a) => a.pageId))];
    const stored = await db.pages.bulkGet(pageIds);
    const pages = pageIds.map((id, i) => {
      const incoming = plan.pages.get(id) as Page;
      const known = stored[i];
      return known
        ? {
            ...incoming,
            firstVisit: Math.min(known.firstVisit, incoming.firstVisit),
            lastVisit: Math.max(known.lastVisit, incoming.lastVisit),
          }
        : incoming;
    });
    await db.pages.bulkPut(pages);
    const byId = new Map(pages.map((p) => [p.id, p]));
    const annotations = writes.map((a): Annotation => withDerived(a, byId.get(a.pageId)));
    await db.annotations.bulkPut(annotations);
    await db.figures.bulkPut(annotations.flatMap((a) => savedFigures(a, byId.get(a.pageId))));
  });
  return writes.length;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
