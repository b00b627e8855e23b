import { benchmarkMeasure } from '@/lib/benchmark';
import type { Claim, Extraction } from '@/lib/claims/types';
import { passagesOf } from '@/lib/compare/context';
import type { Passage } from '@/lib/compare/subject';
import type { PageHighlighter } from '@/lib/page/highlighter';
import { pageAddress, publishedAtOf } from '@/lib/page/metadata';
import { HIGHLIGHTS } from '@/lib/page/paint';
import { textOffsetsToRange } from '@/lib/page/text-map';
import { request } from '@/lib/request';
import type { FigureMatches } from '@/lib/store/compare';

/** Resolves when the page is idle (after the frame that paints the highlights), or within 500 ms at most. */
function whenIdle(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view?.requestIdleCallback) return Promise.resolve();
  return new Promise((resolve) => view.requestIdleCallback(() => resolve(), { timeout: 500 }));
}

// Characters of passages per request: a long article's figures take several messages, as the background
// refuses one over MAX_MESSAGE (a 2 MB article's passages come to about 2.1 million).
const BATCH_CHARS = 500_000;

/** Passages in requests of at most BATCH_CHARS characters each, as sent. */
function* inBatches(passages: Passage[]): Generator<Passage[]> {
  let batch: Passage[] = [];
  let size = 0;
  for (const p of passages) {
    const chars = JSON.stringify(p).length;
    if (batch.length > 0 && size + chars > BATCH_CHARS) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(p);
    size += chars;
  }
  if (batch.length > 0) yield batch;
}

/** The page's figures compared with the reader's saved ones (by the background), marked agree or differ. */
export class PageComparisons {
  private figures: FigureMatches[] = [];
  // The claims the figures were found for: the same claims on new nodes need a repaint, not a request.
  private compared: Extraction | null = null;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: PageHighlighter,
  ) {}

  /** After the highlighter's update: asks again when the claims changed; when only their nodes did, repaints. */
  async update(): Promise<void> {
    const extraction = this.highlighter.claims?.extraction;
    if (extraction && extraction === this.compared) this.paint();
    else await this.refresh();
  }

  /** Asks the background again, after the page's claims or the saved ones changed. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const claims = this.highlighter.claims;
    this.compared = claims?.extraction ?? null;
    const passages = passagesOf(
      claims?.map.text ?? '',
      (claims?.extraction.claims ?? []).filter((c) => c.quantities.length > 0),
    );
    // Asked while the browser still paints the page, the background's work waits for the processor.
    await whenIdle(this.doc);
    if (generation !== this.generation) return;
    // Read when the page is idle: its searches for a date take 20 ms and more on a page of 100,000 nodes.
    const page = { ...pageAddress(this.doc), publishedAt: publishedAtOf(this.doc) };
    const started = performance.now();
    const found: FigureMatches[] = [];
    for (const batch of inBatches(passages)) {
      found.push(...(await request('compare', { page, passages: batch })));
      if (generation !== this.generation) return;
    }
    this.figures = found;
    this.paint();
    // For the benchmark: the round trip to the background and the painting.
    benchmarkMeasure('claimlens:compare', started, passages.length);
  }

  /** What the figures of one claim matched among saved claims. */
  forClaim(claim: Claim): FigureMatches[] {
    return this.figures.filter((f) => f.start >= claim.start && f.end <= claim.end);
  }

  /** Marks each matched figure: differ when a saved figure of the same quantity differs, else agree. */
  paint(): void {
    const claims = this.highlighter.claims;
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !('highlights' in view.CSS)) return;
    const agree = new view.Highlight();
    const differ = new view.Highlight();
    agree.priority = differ.priority = 2;
    for (const f of claims ? this.figures : []) {
      const relations = new Set(f.matches.map((m) => m.comparison.relation));
      const marker = relations.has('differ') ? differ : relations.has('agree') ? agree : null;
      const range = marker && claims && textOffsetsToRange(claims.map, f.start, f.end, this.doc);
      if (marker && range) marker.add(range);
    }
    view.CSS.highlights.set(HIGHLIGHTS.agree, agree);
    view.CSS.highlights.set(HIGHLIGHTS.differ, differ);
  }
}
