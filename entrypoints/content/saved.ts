import { anchorSpan, describeSpan, type AnchoredSpan, type FigureChange } from '@/lib/anchoring/selectors';
import type { Claim } from '@/lib/claims/types';
import { textBefore } from '@/lib/compare/context';
import type { PageHighlighter } from '@/lib/page/highlighter';
import { pageAddress, pageMetadata } from '@/lib/page/metadata';
import { HIGHLIGHTS } from '@/lib/page/paint';
import { boundaryToOffset, textOffsetsToRange } from '@/lib/page/text-map';
import { request } from '@/lib/request';
import { claimInput } from '@/lib/store/claim-input';
import type { Annotation } from '@/lib/store/types';

/** The reader's saved annotations on this page: loaded from the background, anchored again and painted. */
export class SavedAnnotations {
  private annotations: Annotation[] = [];
  private anchored = new Map<string, AnchoredSpan>();

  constructor(
    private readonly doc: Document,
    private readonly highlighter: PageHighlighter,
  ) {}

  async load(): Promise<void> {
    const meta = pageAddress(this.doc);
    this.annotations = await request('forPage', { url: meta.url, canonical: meta.canonical });
    this.paint();
  }

  /** Tells the store how each annotation was found now, where that changed, so the library can list it too. */
  private async reportAnchors(): Promise<void> {
    if (!this.highlighter.claims) return;
    const checks = this.annotations.flatMap((a) => {
      const span = this.anchored.get(a.id);
      const status = !span ? 'lost' : span.changes.length > 0 ? 'updated' : 'found';
      const changes = span?.changes ?? [];
      const same = a.anchor?.status === status && JSON.stringify(a.anchor.changes) === JSON.stringify(changes);
      return same ? [] : [{ id: a.id, status, changes } as const];
    });
    if (checks.length === 0) return;
    const meta = pageAddress(this.doc);
    await request('anchored', { url: meta.url, canonical: meta.canonical, checks });
    for (const { id, status, changes } of checks) {
      const a = this.annotations.find((x) => x.id === id);
      if (a) a.anchor = { status, changes, checkedAt: Date.now() };
    }
  }

  /** Saves a detected claim (its sentence, figures and statements) to the store, with the reader's note and tags. */
  async saveClaim(claim: Claim, extra: { note: string; tags: string[] } = { note: '', tags: [] }): Promise<void> {
    const claims = this.highlighter.claims;
    if (!claims) throw new Error('the page is still being read');
    const saved = await request('save', {
      page: pageMetadata(this.doc),
      annotation: claimInput(claims.map.text, claim, extra),
    });
    this.annotations.push(saved);
    this.paint();
  }

  /** Saves the reader's selection in the article, with the figures and statements found inside it. */
  async saveSelection(selection: Selection | null): Promise<boolean> {
    const claims = this.highlighter.claims;
    if (!claims || !selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
    const range = selection.getRangeAt(0);
    const start = boundaryToOffset(claims.map, range.startContainer, range.startOffset, this.doc);
    const end = boundaryToOffset(claims.map, range.endContainer, range.endOffset, this.doc);
    if (start === null || end === null || end <= start) return false;
    const { quantities, attributions } = claims.extraction;
    const saved = await request('save', {
      page: pageMetadata(this.doc),
      annotation: {
        kind: 'selection',
        text: claims.map.text.slice(start, end).slice(0, 20_000),
        quantities: quantities.filter((q) => q.start >= start && q.end <= end),
        attributions: attributions.filter((a) => a.contentStart >= start && a.contentEnd <= end),
        note: '',
        tags: [],
        selectors: describeSpan(claims.map.text, start, end),
        context: textBefore(claims.map.text, start),
      },
    });
    this.annotations.push(saved);
    this.paint();
    return true;
  }

  /** Ids of saved annotations that cannot be found in the page any more: listed, never dropped. */
  orphans(): string[] {
    return this.annotations.filter((a) => !this.anchored.has(a.id)).map((a) => a.id);
  }

  /** Figures the page changed since each annotation was saved, by id (only those with changes). */
  updated(): Record<string, FigureChange[]> {
    return Object.fromEntries(
      [...this.anchored].filter(([, span]) => span.changes.length > 0).map(([id, span]) => [id, span.changes]),
    );
  }

  isSaved(claim: Claim): boolean {
    return this.savedAs(claim) !== undefined;
  }

  /** Figures the page changed since the reader saved this claim, if they did. */
  updatesFor(claim: Claim): FigureChange[] {
    return this.savedAs(claim)?.changes ?? [];
  }

  private savedAs(claim: Claim): AnchoredSpan | undefined {
    for (const span of this.anchored.values()) if (span.start === claim.start && span.end === claim.end) return span;
    return undefined;
  }

  /** The reader's annotation of exactly this claim, if saved. */
  savedFor(claim: Claim): Annotation | undefined {
    for (const [id, span] of this.anchored) {
      if (span.start === claim.start && span.end === claim.end) return this.annotations.find((a) => a.id === id);
    }
    return undefined;
  }

  /** Changes the note and tags of a saved annotation (from its card). */
  async update(id: string, changes: { note: string; tags: string[] }): Promise<void> {
    const meta = pageMetadata(this.doc);
    const updated = await request('update', { page: { url: meta.url, canonical: meta.canonical }, id, ...changes });
    this.annotations = this.annotations.map((a) => (a.id === id ? updated : a));
  }

  /** Finds each annotation in the current text (it may have changed) and paints the ones found. */
  paint(): void {
    const claims = this.highlighter.claims;
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    this.anchored.clear();
    if (!claims || !view || !('highlights' in view.CSS)) return;
    const highlight = new view.Highlight();
    highlight.priority = 1;
    for (const a of this.annotations) {
      const span = anchorSpan(claims.map.text, a.selectors[0], a.selectors[1]);
      const range = span && textOffsetsToRange(claims.map, span.start, span.end, this.doc);
      if (!span || !range) continue;
      this.anchored.set(a.id, span);
      highlight.add(range);
    }
    view.CSS.highlights.set(HIGHLIGHTS.saved, highlight);
    this.reportAnchors().catch((error: unknown) => console.warn('[ClaimLens]', error));
  }
}
