import { extractInChunks, mergeExtractions, shiftExtraction } from '../claims/chunked';
import type { Extraction } from '../claims/types';
import { findArticleRoot, isNeverText, isSkipped } from './article';
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

/** Gives the main thread back to the page between pieces of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest stretch of work between two waits: what "no task over 50 ms" is about. */
class Stretches {
  longest = 0;
  private from = performance.now();

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
    this.longest = Math.max(this.longest, performance.now() - this.from);
  }
}

/**
 * Finds the article, extracts its claims in pieces that never hold the main
 * thread long, paints them, and keeps up with text the page adds or removes
 * later (lazy loading, "read more", single-page navigation).
 */
export class PageHighlighter {
  claims: PageClaims | null = null;
  /** Milliseconds of the longest stretch the last reading held the thread (for the benchmark). */
  longestStretch = 0;
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

  private root(): Element | null {
    if (this.scope === 'page') return this.doc.body;
    if (this.scope === 'selection') return this.selected;
    const root = findArticleRoot(this.doc);
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
    }
  }

  private async readNow(stretches: Stretches): Promise<void> {
    const generation = ++this.generation;
    const pause = () => stretches.wait(yieldToMain());
    // A task of its own: loading our script was one already.
    await pause();
    const root = this.root();
    if (!root) {
      if (this.claims) this.stopPainting();
      else this.onUpdate(null);
      return;
    }
    const map = await readTextMap(root, pause, this.scope === 'article' ? isSkipped : isNeverText);
    if (generation !== this.generation) return; // the page changed again meanwhile
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
    const tail = await extractInChunks(map.text.slice(from), pause, 16_000, (part) => {
      if (generation === this.generation) painted.add(shiftExtraction(part, from));
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

  /** Fresh highlights holding `extraction`: `add` puts in more as pieces arrive, `show` registers them. */
  private paint(map: TextMap, extraction: Extraction): { add: (more: Extraction) => void; show: () => void } {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !('highlights' in view.CSS)) return { add: () => {}, show: () => {} };
    const quantities = new view.Highlight();
    const attributions = new view.Highlight();
    const show = () => {
      installStyles(this.doc);
      view.CSS.highlights.set(HIGHLIGHTS.attribution, attributions);
      view.CSS.highlights.set(HIGHLIGHTS.quantity, quantities);
    };
    const add = (more: Extraction) => {
      for (const q of more.quantities) {
        const range = textOffsetsToRange(map, q.start, q.end, this.doc);
        if (range) quantities.add(range);
      }
      for (const a of more.attributions) {
        const range = textOffsetsToRange(map, a.contentStart, a.contentEnd, this.doc);
        if (range) attributions.add(range);
      }
    };
    add(extraction);
    return { add, show };
  }
}
