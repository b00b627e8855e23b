import { statementCueSpans } from '../display';
import { type ExtractPiece, extractInPieces, MAX_PIECE, mergeExtractions, shiftExtraction } from '../claims/pieces';
import type { Extraction } from '../claims/types';
import { isNeverText, isSkipped, readArticleRoot } from './article';
import { ClaimIndex } from './claim-index';
import { clearHighlights, HIGHLIGHTS, installStyles } from './paint';
import { readTextMap, type TextMap, textOffsetsToRange } from './text-map';

/** What is read: the article found on the page, the whole page, or the passage the reader selected. */
export type ReadScope = 'article' | 'page' | 'selection';

export interface PageClaims {
  map: TextMap;
  extraction: Extraction;
  index: ClaimIndex;
}

/**
 * The most article text read per page: about 33,000 words, several times the longest news articles,
 * and about 1 s of extraction in all. A longer page (a 5 MB text node, a book) is read to there and
 * the popup says so, so that no page takes more than a small factor longer to settle with us.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Gives the main thread back to the page between pieces of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Stretches of work between two waits: the longest is what "no task over 50 ms" is about, the total our main-thread time. */
class Stretches {
  longest = 0;
  total = 0;
  private from = performance.now();

  /** Milliseconds since the current stretch began. */
  current(): number {
    return performance.now() - this.from;
  }

  /** Ends the current stretch at a wait; the next starts when it is over. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.end();
    try {
      return await promise;
    } finally {
      this.from = performance.now();
    }
  }

  end(): void {
    const stretch = performance.now() - this.from;
    this.longest = Math.max(this.longest, stretch);
    this.total += stretch;
  }
}

/**
 * Finds the article, extracts its claims in pieces that never hold the main
 * thread long, paints them, and keeps up with text the page adds or removes
 * later (lazy loading, "read more", single-page navigation).
 */
/**
 * Milliseconds of work after which a walk over the page (finding the article, reading its text, painting)
 * gives the thread back. Well under the 50 ms of a long task: what follows a walk in the same stretch
 * (sending a piece, registering highlights) has to fit in too.
 */
const SLICE_MS = 10;
/** Ranges painted between two chances to pause. */
const PAINT_STEP = 32;

export class PageHighlighter {
  claims: PageClaims | null = null;
  /** Milliseconds of the longest stretch the last reading held the thread, and of all of them (for the benchmark). */
  longestStretch = 0;
  mainThreadTime = 0;
  /** Whether the last reading stopped at the cap on work per page (the popup says so). */
  capped = false;
  scope: ReadScope = 'article';
  /** Whether the last reading of the article found one. */
  articleFound = false;
  private selected: Element | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  // Whether the page may be painted: the article is read meanwhile, and nothing shows or is told until it says yes.
  private shown: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly doc: Document,
    /** Reads a piece of the article: the content script asks the background, so the page's thread only paints. */
    private readonly extractPiece: ExtractPiece,
    private readonly onUpdate: (claims: PageClaims | null) => void = () => {},
    private readonly isOurs: (node: Node) => boolean = () => false,
  ) {}

  /**
   * Reads the article and paints it, then follows its changes. `shown` (the
   * site's setting, read meanwhile) decides whether anything is painted;
   * false leaves the page as it was and returns false.
   */
  async start(shown: Promise<boolean> = Promise.resolve(true)): Promise<boolean> {
    this.shown = shown;
    // Watching starts first, so that text the page adds while the article is read is read too.
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.isOurs(r.target))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 250);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    await this.refresh();
    if (await shown) return true;
    this.observer.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    return false;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.generation++;
    this.claims = null;
    clearHighlights(this.doc);
    this.onUpdate(null);
  }

  /**
   * Reads another part of the page from now on: the whole page (all visible text, menus included), the
   * element that holds the current selection, or the article again.
   */
  async read(scope: ReadScope, selection: Selection | null = null): Promise<void> {
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const common = range?.commonAncestorContainer ?? null;
    this.selected = common?.nodeType === 1 ? (common as Element) : (common?.parentElement ?? null);
    this.scope = scope === 'selection' && !this.selected ? 'article' : scope;
    this.claims = null;
    await this.refresh();
  }

  private async root(pauseIfDue: () => Promise<void> | void): Promise<Element | null> {
    if (this.scope === 'page') return this.doc.body;
    if (this.scope === 'selection') return this.selected;
    const root = await readArticleRoot(this.doc, pauseIfDue);
    this.articleFound = root !== null;
    return root;
  }

  /** Reads the article again; only text after what was already read is extracted anew. */
  async refresh(): Promise<void> {
    const stretches = new Stretches();
    try {
      await this.readNow(stretches);
    } finally {
      stretches.end();
      this.longestStretch = stretches.longest;
      this.mainThreadTime = stretches.total;
    }
  }

  private async readNow(stretches: Stretches): Promise<void> {
    const generation = ++this.generation;
    const pause = () => stretches.wait(yieldToMain());
    const pauseIfDue = () => (stretches.current() >= SLICE_MS ? pause() : undefined);
    // A task of its own: loading our script was one already.
    await pause();
    const root = await this.root(pauseIfDue);
    if (generation !== this.generation) return; // the page changed again meanwhile
    if (!root) {
      if (this.claims) this.stopPainting();
      else this.onUpdate(null);
      return;
    }
    const map = await readTextMap(root, pauseIfDue, this.scope === 'article' ? isSkipped : isNeverText, MAX_ARTICLE_CHARS);
    if (generation !== this.generation) return; // the page changed again meanwhile
    this.capped = !map.complete;
    const before = this.claims;
    if (before && before.map.text === map.text) {
      // Same words, perhaps new nodes: paint them again on the current nodes, and let the layers painted
      // over ours (saved passages, comparison markers) do the same.
      this.paint(map, before.extraction).show();
      this.claims = { ...before, map };
      this.onUpdate(this.claims);
      return;
    }
    // Text added at the end ("read more", lazy loading): keep what the unchanged paragraphs gave.
    let from = 0;
    let kept: Extraction = { quantities: [], attributions: [], claims: [] };
    if (before && map.text.startsWith(before.map.text)) {
      from = Math.max(0, before.map.text.lastIndexOf('\n\n') + 2);
      kept = {
        quantities: before.extraction.quantities.filter((q) => q.end <= from),
        attributions: before.extraction.attributions.filter((a) => a.contentEnd <= from),
        claims: before.extraction.claims.filter((c) => c.end <= from),
      };
    }
    const painted = this.paint(map, kept);
    // Shown as soon as it may be; pieces extracted later fill the same highlights.
    const showing = this.shown.then((ok) => {
      if (ok && generation === this.generation) painted.show();
      return ok;
    });
    const extractPiece = (piece: string) => stretches.wait(Promise.resolve(this.extractPiece(piece)));
    const tail = await extractInPieces(map.text.slice(from), extractPiece, pause, MAX_PIECE, async (part) => {
      if (generation === this.generation) await painted.add(shiftExtraction(part, from), pauseIfDue);
    });
    if (!(await stretches.wait(showing)) || generation !== this.generation) return; // not to be shown, or changed meanwhile
    const extraction = mergeExtractions(kept, shiftExtraction(tail, from));
    this.claims = { map, extraction, index: new ClaimIndex(extraction.claims) };
    this.onUpdate(this.claims);
  }

  private stopPainting(): void {
    this.claims = null;
    clearHighlights(this.doc);
    this.onUpdate(null);
  }

  /**
   * Fresh highlights holding `extraction`: `add` puts in more as pieces arrive (in slices when given
   * `pauseIfDue`, since a long article's piece holds thousands), `show` registers them.
   */
  private paint(
    map: TextMap,
    extraction: Extraction,
  ): { add: (more: Extraction, pauseIfDue?: () => Promise<void> | void) => Promise<void>; show: () => void } {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !('highlights' in view.CSS)) return { add: async () => {}, show: () => {} };
    const quantities = new view.Highlight();
    const attributions = new view.Highlight();
    const cues = new view.Highlight();
    const show = () => {
      installStyles(this.doc);
      view.CSS.highlights.set(HIGHLIGHTS.attribution, attributions);
      view.CSS.highlights.set(HIGHLIGHTS.cue, cues);
      view.CSS.highlights.set(HIGHLIGHTS.quantity, quantities);
    };
    const add = async (more: Extraction, pauseIfDue?: () => Promise<void> | void) => {
      type Span = [Highlight, number, number];
      const spans: Span[] = [
        ...more.quantities.map((q): Span => [quantities, q.start, q.end]),
        ...more.attributions.map((a): Span => [attributions, a.contentStart, a.contentEnd]),
        // Each statement's cue and speaker, marked apart: the display settings choose which of the two is shown.
        ...more.claims.flatMap((claim) =>
          claim.attributions.flatMap((a) =>
            statementCueSpans(map.text, a, claim).map(([start, end]): Span => [cues, start, end]),
          ),
        ),
      ];
      for (let i = 0; i < spans.length; i++) {
        const [highlight, start, end] = spans[i] as Span;
        const range = textOffsetsToRange(map, start, end, this.doc);
        if (range) highlight.add(range);
        if (pauseIfDue && i % PAINT_STEP === PAINT_STEP - 1) await pauseIfDue();
      }
    };
    void add(extraction);
    return { add, show };
  }
}
