import * as v from 'valibot';
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
  AnnotationSchema,
  MAX_CONTEXT,
  MAX_ITEMS,
  MAX_NOTE,
  MAX_PASSAGES,
  MAX_TEXT,
  offset,
  PageSchema,
  QuantitySchema,
  TagsSchema,
  text,
  webUrl,
} from './schemas';

/** Every request a content script may send to the background, by type. */
export const REQUESTS = {
  save: v.object({ page: PageSchema, annotation: AnnotationInputSchema }),
  update: v.object({ id: v.pipe(v.string(), v.uuid()), note: v.optional(text(MAX_NOTE)), tags: v.optional(TagsSchema) }),
  delete: v.object({ id: v.pipe(v.string(), v.uuid()) }),
  restore: v.object({ annotation: AnnotationSchema }),
  forPage: v.object({
    url: webUrl,
    canonical: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
  }),
  /** How the page's saved annotations were found on it now (docs/anchoring.md), for the library to show. */
  anchored: v.object({
    url: webUrl,
    canonical: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
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
    page: v.object({
      url: webUrl,
      canonical: v.nullable(v.pipe(v.string(), v.maxLength(4000))),
      publishedAt: v.nullable(text(100)),
    }),
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
  save: Annotation;
  update: Annotation | null;
  delete: Annotation | null;
  restore: Annotation;
  forPage: Annotation[];
  anchored: number;
  compare: FigureMatches[];
}

export type Reply<T extends RequestType> = { ok: true; value: Replies[T] } | { ok: false; error: string };

/** A message on the wire. */
export interface Envelope {
  claimlens: RequestType;
  data: unknown;
}

/** Who sent a message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
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
): Promise<Reply<RequestType>> {
  try {
    if (sender.id !== extensionId) throw new Error('request from another extension or a web page');
    const envelope = message as Partial<Envelope> | null;
    const type = envelope?.claimlens;
    if (typeof type !== 'string' || !(type in REQUESTS)) throw new Error(`unknown request type ${JSON.stringify(type)}`);
    if (JSON.stringify(envelope?.data ?? null).length > MAX_MESSAGE)
      throw new Error(`request larger than ${MAX_MESSAGE} characters`);
    const parsed = v.safeParse(REQUESTS[type], envelope?.data);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new Error(`invalid ${type} request${path ? ` at ${path}` : ''}: ${issue.message}`);
    }
    return { ok: true, value: await perform(db, type, parsed.output, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function perform(db: ClaimLensDatabase, type: RequestType, data: unknown, sender: Sender): Promise<Replies[RequestType]> {
  switch (type) {
    case 'save': {
      const { page, annotation } = data as RequestData<'save'>;
      samePage(page.url, sender);
      const id = canonicalUrl(page.url, page.canonical);
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
      const { id, note, tags } = data as RequestData<'update'>;
      return (
        (await updateAnnotation(db, id, { ...(note !== undefined && { note }), ...(tags !== undefined && { tags }) })) ?? null
      );
    }
    case 'delete':
      return (await deleteAnnotation(db, (data as RequestData<'delete'>).id)) ?? null;
    case 'restore': {
      return restoreAnnotation(db, (data as RequestData<'restore'>).annotation);
    }
    case 'forPage': {
      const { url, canonical } = data as RequestData<'forPage'>;
      samePage(url, sender);
      return annotationsForPage(db, canonicalUrl(url, canonical));
    }
    case 'anchored': {
      const { url, canonical, checks } = data as RequestData<'anchored'>;
      samePage(url, sender);
      return recordAnchors(db, canonicalUrl(url, canonical), checks);
    }
    case 'compare': {
      const { page, passages } = data as RequestData<'compare'>;
      samePage(page.url, sender);
      const started = performance.now();
      const found = await compareWithSaved(
        db,
        { id: canonicalUrl(page.url, page.canonical), publishedAt: page.publishedAt },
        passages,
      );
      // On the background's timeline, for the benchmark: the last comparison, without the messaging.
      performance.clearMeasures('claimlens:compare');
      performance.measure('claimlens:compare', { start: started, detail: passages.length });
      return found;
    }
  }
}

/** A content script may only save to, or read, the page it runs in. */
function samePage(url: string, sender: Sender): void {
  if (sender.url !== undefined && canonicalUrl(sender.url) !== canonicalUrl(url)) {
    throw new Error('a page may only save to its own address');
  }
}
