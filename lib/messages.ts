import * as v from 'valibot';
import { extractClaims } from './claims/extract';
import { MAX_PIECE } from './claims/pieces';
import { browser } from 'wxt/browser';
import {
  annotationsForPage,
  deleteAnnotation,
  recordAnchors,
  restoreAnnotation,
  saveAnnotation,
  updateAnnotation,
} from './store/annotations';
import { canonicalUrl, siteOf } from './store/canonical-url';
import { compareWithSaved, type FigureMatches } from './store/compare';
import type { ClaimLensDatabase } from './store/database';
import type { Annotation } from './store/types';
import {
  AnnotationInputSchema,
  annotationId,
  describeIssue,
  MAX_CONTEXT,
  MAX_ITEMS,
  MAX_NOTE,
  MAX_PASSAGES,
  MAX_TEXT,
  offset,
  PageRefSchema,
  PageSchema,
  QuantitySchema,
  TagsSchema,
  text,
} from './schemas';
import { benchmarkMeasure } from './benchmark';
import { encodeExtraction, type ExtractWire } from './page-messages';

/**
 * Every request a content script may send to the background, by type. Requests about one annotation
 * name the page they come from: the background checks it against the sender's address, and the
 * annotation's stored page against it.
 */
export const REQUESTS = {
  extract: v.object({ text: text(MAX_PIECE) }),
  save: v.object({ page: PageSchema, annotation: AnnotationInputSchema }),
  update: v.object({ page: PageRefSchema, id: annotationId, note: v.optional(text(MAX_NOTE)), tags: v.optional(TagsSchema) }),
  delete: v.object({ page: PageRefSchema, id: annotationId }),
  /** Undo: puts back, as it was, an annotation this tab deleted. */
  restore: v.object({ page: PageRefSchema, id: annotationId }),
  forPage: PageRefSchema,
  /** The reader's own tags, offered when tagging in the card. */
  tags: v.object({}),
  /** Opens the library in a tab, searching for some words of the claim. */
  openLibrary: v.object({ search: text(200) }),
  /** How the page's saved annotations were found on it now (docs/anchoring.md), for the library to show. */
  anchored: v.object({
    ...PageRefSchema.entries,
    checks: v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.string(), v.uuid()),
          status: v.picklist(['found', 'updated', 'lost']),
          changes: v.pipe(v.array(v.object({ old: text(200), new: text(200) })), v.maxLength(MAX_ITEMS)),
        }),
      ),
      v.maxLength(MAX_ITEMS),
    ),
  }),
  compare: v.object({
    page: v.object({ ...PageRefSchema.entries, publishedAt: v.nullable(text(100)) }),
    passages: v.pipe(
      v.array(
        v.object({
          text: text(MAX_TEXT),
          start: offset,
          quantities: v.pipe(v.array(QuantitySchema), v.maxLength(MAX_ITEMS)),
          before: text(MAX_CONTEXT),
        }),
      ),
      v.maxLength(MAX_PASSAGES),
    ),
  }),
} as const;

export type RequestType = keyof typeof REQUESTS;
export type RequestData<T extends RequestType> = v.InferOutput<(typeof REQUESTS)[T]>;

/** What the background answers each request with. */
export interface Replies {
  extract: ExtractWire;
  save: Annotation;
  update: Annotation;
  delete: Annotation;
  restore: Annotation;
  forPage: Annotation[];
  anchored: number;
  compare: FigureMatches[];
  tags: string[];
  openLibrary: null;
}

export type Reply<T extends RequestType> = { ok: true; value: Replies[T] } | { ok: false; error: string };

/** A message on the wire. */
export interface Envelope {
  claimlens: RequestType;
  data: unknown;
}

/** Who sent a message, as the browser reports it: the extension, the frame's address and the tab. */
export interface Sender {
  id?: string;
  url?: string;
  tabId?: number;
}

// Deleted annotations kept per tab for undo: enough for a reader's run of deletions, bounded.
const KEPT_PER_TAB = 20;

/**
 * What each tab deleted, as it was, so that `restore` puts back only that: a page
 * cannot restore into another page, nor make up a record. Kept in the background's
 * memory; a tab's list goes when the tab closes or the background stops.
 */
export class Deletions {
  private readonly byTab = new Map<number, Map<string, Annotation>>();

  keep(tabId: number, annotation: Annotation): void {
    const kept = this.byTab.get(tabId) ?? new Map<string, Annotation>();
    kept.set(annotation.id, annotation);
    for (const oldest of kept.keys()) if (kept.size > KEPT_PER_TAB) kept.delete(oldest);
    this.byTab.set(tabId, kept);
  }

  /** The annotation this tab deleted with that id, taken out of the list; undefined when it deleted none. */
  take(tabId: number, id: string): Annotation | undefined {
    const kept = this.byTab.get(tabId);
    const annotation = kept?.get(id);
    kept?.delete(id);
    return annotation;
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}

/** Biggest message accepted, as JSON characters: checked before anything else. */
export const MAX_MESSAGE = 2_000_000;

/**
 * Checks a request (shape, sizes, sender) and carries it out. Nothing is
 * written unless all of it is valid; the error says what was wrong and where.
 */
export async function handleRequest(
  db: ClaimLensDatabase,
  message: unknown,
  sender: Sender,
  extensionId: string,
  deletions: Deletions,
): Promise<Reply<RequestType>> {
  try {
    if (sender.id !== extensionId) throw new Error('request from another extension or a web page');
    const envelope = message as Partial<Envelope> | null;
    const type = envelope?.claimlens;
    if (typeof type !== 'string' || !(type in REQUESTS)) throw new Error(`unknown request type ${JSON.stringify(type)}`);
    if (JSON.stringify(envelope?.data ?? null).length > MAX_MESSAGE)
      throw new Error(`request larger than ${MAX_MESSAGE} characters`);
    const parsed = v.safeParse(REQUESTS[type], envelope?.data);
    if (!parsed.success) throw new Error(`invalid ${type} request${describeIssue(parsed.issues, ' at ')}`);
    return { ok: true, value: await perform(db, type, parsed.output, sender, deletions) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function perform(
  db: ClaimLensDatabase,
  type: RequestType,
  data: unknown,
  sender: Sender,
  deletions: Deletions,
): Promise<Replies[RequestType]> {
  switch (type) {
    // The extractor runs here, not in the page: the page's thread only paints, and every page parses a smaller script.
    case 'extract': {
      const { text } = data as RequestData<'extract'>;
      return encodeExtraction(extractClaims(text), text);
    }
    case 'save': {
      const { page, annotation } = data as RequestData<'save'>;
      const id = pageIdOf(page, sender);
      const info = {
        id,
        url: page.url,
        title: page.title,
        site: siteOf(new URL(id).hostname),
        byline: page.byline,
        publishedAt: page.publishedAt,
      };
      return saveAnnotation(db, info, { ...annotation, pageId: id });
    }
    case 'update': {
      const { page, id, note, tags } = data as RequestData<'update'>;
      await ownAnnotation(db, id, pageIdOf(page, sender));
      const changes = { ...(note !== undefined && { note }), ...(tags !== undefined && { tags }) };
      return (await updateAnnotation(db, id, changes)) ?? missing();
    }
    case 'delete': {
      const { page, id } = data as RequestData<'delete'>;
      await ownAnnotation(db, id, pageIdOf(page, sender));
      const deleted = (await deleteAnnotation(db, id)) ?? missing();
      deletions.keep(tabOf(sender), deleted);
      return deleted;
    }
    case 'restore': {
      const { page, id } = data as RequestData<'restore'>;
      const pageId = pageIdOf(page, sender);
      const deleted = deletions.take(tabOf(sender), id);
      if (!deleted || deleted.pageId !== pageId) throw new Error('this tab deleted no annotation of this page with that id');
      return restoreAnnotation(db, deleted);
    }
    case 'forPage':
      return annotationsForPage(db, pageIdOf(data as RequestData<'forPage'>, sender));
    case 'tags':
      return (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
    case 'openLibrary': {
      const { search } = data as RequestData<'openLibrary'>;
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#q=${encodeURIComponent(search)}`) });
      return null;
    }
    case 'anchored': {
      const { checks, ...page } = data as RequestData<'anchored'>;
      return recordAnchors(db, pageIdOf(page, sender), checks);
    }
    case 'compare': {
      const { page, passages } = data as RequestData<'compare'>;
      const started = performance.now();
      const found = await compareWithSaved(db, { id: pageIdOf(page, sender), publishedAt: page.publishedAt }, passages);
      // On the background's timeline, for the benchmark: the last comparison, without the messaging.
      benchmarkMeasure('claimlens:compare', started, passages.length);
      return found;
    }
  }
}

/**
 * The page a content script may save to and read: its own address, as the
 * browser reports it, or the canonical link it declares on the same origin.
 */
function pageIdOf(page: v.InferOutput<typeof PageRefSchema>, sender: Sender): string {
  if (sender.url === undefined || canonicalUrl(sender.url) !== canonicalUrl(page.url)) {
    throw new Error('a page may only save to its own address');
  }
  return canonicalUrl(page.url, page.canonical);
}

/** Refuses an annotation stored under another page than the requesting one (by its stored page, not the request's word). */
async function ownAnnotation(db: ClaimLensDatabase, id: string, pageId: string): Promise<void> {
  const stored = await db.annotations.get(id);
  // The same answer for "none" and "another page's": a page cannot learn which ids exist elsewhere.
  if (!stored || stored.pageId !== pageId) missing();
}

function missing(): never {
  throw new Error('no annotation of this page has that id');
}

function tabOf(sender: Sender): number {
  if (sender.tabId === undefined) throw new Error('only a tab may delete or restore');
  return sender.tabId;
}
