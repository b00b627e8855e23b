import { anchorSpan, describeSpan } from '@/lib/anchoring/selectors';
import type { Claim } from '@/lib/claims/types';
import { sentenceBefore } from '@/lib/compare/context';
import type { PageHighlighter } from '@/lib/page/highlighter';
import { pageMetadata } from '@/lib/page/metadata';
import { HIGHLIGHTS } from '@/lib/page/paint';
import { boundaryToOffset, textOffsetsToRange } from '@/lib/page/text-map';
import { request } from '@/lib/request';
import type { Annotation } from '@/lib/store/types';

/** The reader's saved annotations on this page: loaded from the background, anchored again and painted. */
export class SavedAnnotations {
  private annotations: Annotation[] = [];
  private anchored = new Map<string, { start: number; end: number }>();

  constructor(
    private readonly doc: Document,
    private readonly highlighter: PageHighlighter,
  ) {}

  async load(): Promise<void> {
    const meta = pageMetadata(this.doc);
    this.annotations = await request('forPage', { url: meta.url, canonical: meta.canonical });
    this.paint();
  }

  /** Saves a detected claim (its sentence, figures and statements) to the store, with the reader's note and tags. */
  async saveClaim(claim: Claim, extra: { note: string; tags: string[] } = { note: '', tags: [] }): Promise<void> {
    const claims = this.highlighter.claims;
    if (!claims) throw new Error('the page is still being read');
    const saved = await request('save', {
      page: pageMetadata(this.doc),
      annotation: {
        kind: 'claim',
        text: claim.text,
        quantities: claim.quantities,
        attributions: claim.attributions,
        note: extra.note,
        tags: extra.tags,
        selectors: describeSpan(claims.map.text, claim.start, claim.end),
        context: sentenceBefore(claims.map.text, claim.start),
      },
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
        context: sentenceBefore(claims.map.text, start),
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

  isSaved(claim: Claim): boolean {
    for (const span of this.anchored.values()) if (span.start === claim.start && span.end === claim.end) return true;
    return false;
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
  }
}
