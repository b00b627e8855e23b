// The edits news sites make to published articles, applied to an article with a saved span carried
// through each edit as the truth: where the span is now (or null when its text was removed) and which
// of its figures changed. Used by `npm run bench:anchoring` and its smaller run in the unit tests.
import { readFileSync } from 'node:fs';
import { describeSpan } from '../lib/anchoring/selectors';
import { extractClaims } from '../lib/claims/extract';
import { sentences } from '../lib/claims/segment';
import { ARTICLE_IDS, CLAIMS } from './paths';

export interface Span {
  start: number;
  end: number;
}

/** What was saved: a claim's sentence, one figure, or the content of an attributed statement. */
export type SavedKind = 'claim' | 'figure' | 'quote';

export interface SavedSpan extends Span {
  kind: SavedKind;
}

/** An article after edits, with where the saved span is now and the figures that changed inside it. */
export class Draft {
  span: Span | null;
  changes: Array<[string, string]> = [];

  constructor(
    public text: string,
    span: Span,
  ) {
    this.span = { ...span };
  }

  /** Replaces [at, at + remove) by insert, moving the span: an edit inside it stretches it, one across its edge removes it. */
  replace(at: number, remove: number, insert: string): void {
    this.text = this.text.slice(0, at) + insert + this.text.slice(at + remove);
    const s = this.span;
    if (!s) return;
    const delta = insert.length - remove;
    const end = at + remove;
    if (end <= s.start) {
      this.span = { start: s.start + delta, end: s.end + delta };
    } else if (at >= s.end) {
      return;
    } else if (at >= s.start && end <= s.end && !(at === s.start && end === s.end && insert === '')) {
      this.span = { start: s.start, end: s.end + delta };
    } else {
      this.span = null;
    }
  }
}

/** A seeded generator (mulberry32), so that every run edits the same way. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T | undefined => items[Math.floor(next() * items.length)];

/** Paragraphs as [start, end) of their text, without the line breaks between them. */
function paragraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A number written in digits ("3,000", "2.7") or a small number word ("three"). */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A later figure for the same quantity: "10" → "12", "3,000" → "3,543", "2.7" → "3.1", "three" → "five". */
export function updatedFigure(old: string, next: () => number): string {
  const word = WORDS.indexOf(old.toLowerCase());
  if (word >= 0) {
    const n = word + 2 + Math.floor(next() * 4);
    const out = n <= 12 ? (WORDS[n - 1] as string) : String(n);
    return /^[A-Z]/.test(old) ? out[0]?.toUpperCase() + out.slice(1) : out;
  }
  const decimals = /\.(\d+)$/.exec(old)?.[1]?.length ?? 0;
  const value = Number(old.replace(/,/g, ''));
  const step = Math.max(decimals > 0 ? 10 ** -decimals : 1, value * (0.05 + next() * 0.4));
  const updated = (value + step).toFixed(decimals);
  const withCommas = old.includes(',') ? updated.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : updated;
  return withCommas === old ? String(value + 1) : withCommas;
}

/** Real sentences from the other articles, for paragraphs the editors add. */
function otherParagraph(draft: Draft, pool: readonly string[], next: () => number): string {
  for (let i = 0; i < 5; i++) {
    const p = pick(pool, next);
    if (p && !draft.text.includes(p)) return p;
  }
  return 'This story has been updated with more details.';
}

/** One kind of edit: changes the draft, or returns false when the article offers no place for it. */
type Edit = (draft: Draft, next: () => number, pool: readonly string[]) => boolean;

/** Editors' edits, each with a real example of what it does in news updates. */
export const EDITS: Record<string, Edit> = {
  // "(Adds comment from ministry in paragraph 5)": a paragraph from another article, at a paragraph break.
  'paragraph-inserted': (draft, next, pool) => {
    const breaks = [0, ...paragraphs(draft.text).map((p) => p.end)];
    const at = pick(breaks, next) as number;
    const p = otherParagraph(draft, pool, next);
    draft.replace(at, 0, at === 0 ? `${p}\n\n` : `\n\n${p}`);
    return true;
  },
  // An earlier paragraph dropped as the story moves on.
  'paragraph-deleted': (draft, next) => {
    const span = draft.span;
    const candidates = paragraphs(draft.text).filter(
      (p, i) => i > 0 && (!span || !overlaps(p, { start: span.start - 1, end: span.end + 1 })),
    );
    const p = pick(candidates, next);
    if (!p) return false;
    draft.replace(p.start - 1, p.end - p.start + 1, '');
    return true;
  },
  // A CMS moves to straight quotes (or typographic ones) and keeps units on one line with a no-break space.
  normalised: (draft) => {
    const curly = /[‘’“”]/.test(draft.text);
    const marks: Array<[RegExp, (m: string) => string]> = curly
      ? [
          [/[‘’]/g, () => "'"],
          [/[“”]/g, () => '"'],
        ]
      : [
          [/'/g, () => '’'],
          [/"/g, (m) => m],
        ];
    const changes: Array<[number, string]> = [];
    for (const [re, to] of marks) for (const m of draft.text.matchAll(re)) changes.push([m.index, to(m[0])]);
    for (const m of draft.text.matchAll(/(?<=\d) (?=\p{L})/gu)) changes.push([m.index, '\u00a0']);
    for (const m of draft.text.matchAll(/(?<=[.!?]) (?=[A-Z])/g)) changes.push([m.index, '  ']);
    changes.sort((a, b) => b[0] - a[0]);
    for (const [at, to] of changes) draft.replace(at, 1, to);
    return changes.length > 0;
  },
  // A word of the annotated sentence changed, dropped or added: "said" → "told reporters", "reportedly" added.
  reworded: (draft, next) => {
    const span = draft.span;
    if (!span) return false;
    const sentence = sentenceAround(draft.text, span);
    const long = span.end - span.start >= 40;
    const words = [...draft.text.slice(sentence.start, sentence.end).matchAll(/\p{L}{3,}/gu)]
      .map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] }))
      .filter((w) => (long ? w.start > span.start + 8 && w.end < span.end - 8 : !overlaps(w, span)))
      .filter((w) => !WORDS.includes(w.text.toLowerCase()));
    const w = pick(words, next);
    if (!w) return false;
    const how = next();
    if (how < 0.4)
      draft.replace(w.start, w.end - w.start, pick(['reportedly', 'officials', 'later', 'nearly', 'stated'], next) as string);
    else if (how < 0.7 && draft.text[w.end] === ' ') draft.replace(w.start, w.end - w.start + 1, '');
    else draft.replace(w.start, 0, 'also ');
    return true;
  },
  // "at least 10 dead" becomes "at least 12": one figure inside the saved text is updated.
  'figure-updated': (draft, next) => {
    const span = draft.span;
    if (!span) return false;
    const inside = [...draft.text.slice(span.start, span.end).matchAll(NUMBER)].filter(
      (m) => !/^\d{4}$/.test(m[0]) && !/[\d,.]/.test(draft.text[span.start + m.index + m[0].length] ?? ''),
    );
    const m = pick(inside, next);
    if (!m) return false;
    const updated = updatedFigure(m[0], next);
    draft.replace(span.start + m.index, m[0].length, updated);
    draft.changes.push([m[0], updated]);
    return true;
  },
  // The annotated sentence is taken out (a retracted detail): the saved span has nowhere to be.
  'sentence-deleted': (draft) => {
    const span = draft.span;
    if (!span) return false;
    const around = sentenceAround(draft.text, span);
    let end = around.end;
    while (draft.text[end] === ' ') end++;
    draft.replace(around.start, end - around.start, '');
    return true;
  },
  // "WASHINGTON (AP) — " or a date line under the headline removed.
  'dateline-deleted': (draft) => {
    const line = paragraphs(draft.text)
      .slice(1, 5)
      .find(
        (p) =>
          p.end - p.start <= 60 &&
          /\d/.test(draft.text.slice(p.start, p.end)) &&
          !/[.!?]$/.test(draft.text.slice(p.start, p.end)),
      );
    const inline = /^[A-Z][A-Z.,' ]{2,}(?:\([^)]{1,20}\))?\s*[—–-]{1,2}\s*/m.exec(draft.text);
    const cut = line
      ? { start: line.start, end: line.end + 1 }
      : inline
        ? { start: inline.index, end: inline.index + inline[0].length }
        : null;
    if (!cut || (draft.span && overlaps(cut, draft.span))) return false;
    draft.replace(cut.start, cut.end - cut.start, '');
    return true;
  },
};

export type EditKind = keyof typeof EDITS;

/** The sentence(s) holding a span, as the segmenter splits them. */
function sentenceAround(text: string, span: Span): Span {
  const all = sentences(text);
  const first = all.find((s) => s.end > span.start) ?? { start: span.start };
  const last = [...all].reverse().find((s) => s.start < span.end) ?? { end: span.end };
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}

/** Single edits, and the combinations updates bring (one update often adds a paragraph and rewords another). */
export const SCENARIOS: Record<string, EditKind[]> = {
  'paragraph-inserted': ['paragraph-inserted'],
  'paragraph-deleted': ['paragraph-deleted'],
  normalised: ['normalised'],
  reworded: ['reworded'],
  'figure-updated': ['figure-updated'],
  'sentence-deleted': ['sentence-deleted'],
  'dateline-deleted': ['dateline-deleted'],
  'inserted+reworded+figure': ['paragraph-inserted', 'reworded', 'figure-updated'],
  'deleted+normalised+reworded': ['paragraph-deleted', 'normalised', 'reworded'],
  'inserted+sentence-deleted': ['paragraph-inserted', 'sentence-deleted'],
  'normalised+figure': ['normalised', 'figure-updated'],
  'dateline+deleted+figure': ['dateline-deleted', 'paragraph-deleted', 'figure-updated'],
  'inserted+deleted+reworded': ['paragraph-inserted', 'paragraph-deleted', 'reworded'],
};

export const isCombination = (scenario: string) => (SCENARIOS[scenario]?.length ?? 0) > 1;

export interface Article {
  id: string;
  text: string;
}

/** The dev articles: the five samples and the fifty of compare-dev. */
export function devArticles(limit = Infinity): Article[] {
  const samples = ARTICLE_IDS.map((id) => ({ id, text: readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8') }));
  const dev = Array.from({ length: 50 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`).map((id) => ({
    id,
    text: readFileSync(`${CLAIMS}/compare-dev/articles/${id}.txt`, 'utf8'),
  }));
  return [...samples, ...dev].slice(0, limit);
}

/** Everything the extractor finds that a reader can save: claim sentences, figures, statements' contents. */
export function savedSpans(text: string): SavedSpan[] {
  const { claims, quantities, attributions } = extractClaims(text);
  const all: SavedSpan[] = [
    ...claims.map((c) => ({ kind: 'claim' as const, start: c.start, end: c.end })),
    ...quantities.map((q) => ({ kind: 'figure' as const, start: q.start, end: q.end })),
    ...attributions.map((a) => ({ kind: 'quote' as const, start: a.contentStart, end: a.contentEnd })),
  ];
  const seen = new Set<string>();
  return all.filter((s) => s.end > s.start && !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`));
}

export interface Trial {
  article: string;
  scenario: string;
  saved: SavedSpan;
  before: string;
  after: string;
  /** Where the saved text is after the edits, or null when it was removed. */
  truth: Span | null;
  /** The figures updated inside it, old → new. */
  changes: Array<[string, string]>;
  selectors: ReturnType<typeof describeSpan>;
}

/** Every saved span of every article through every scenario that applies to it. */
export function* trials(articles: Article[], seed: number, scenarios = Object.keys(SCENARIOS)): Generator<Trial> {
  const next = seeded(seed);
  const pool = articles.flatMap((a) =>
    paragraphs(a.text)
      .map((p) => a.text.slice(p.start, p.end))
      .filter((p) => p.length > 80),
  );
  for (const article of articles) {
    for (const saved of savedSpans(article.text)) {
      for (const scenario of scenarios) {
        const draft = new Draft(article.text, saved);
        const applied = (SCENARIOS[scenario] as EditKind[]).every((kind) => (EDITS[kind] as Edit)(draft, next, pool));
        if (!applied) continue;
        yield {
          article: article.id,
          scenario,
          saved,
          before: article.text,
          after: draft.text,
          truth: draft.span,
          changes: draft.changes,
          selectors: describeSpan(article.text, saved.start, saved.end),
        };
      }
    }
  }
}
