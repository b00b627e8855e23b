// Reads PolNeAR's brat standoff (github.com/networkdynamics/PolNeAR, data/<split>/attributions/*.ann) and scores
// attributions against it: content F1 and source-mention F1. Pure functions, so a unit test runs them on a committed
// excerpt; scripts/polnear.ts reads the corpus.
import type { Attribution } from '../lib/claims/types';

/** One PolNeAR attribution: character spans (UTF-16, end exclusive) of its content, cue and source. */
export interface GoldAttribution {
  content: Array<[number, number]>;
  cue: Array<[number, number]>;
  source: Array<[number, number]>;
  cueText: string;
  /** Not a statement in our guideline's sense (a belief, wish or plan, or no source): neither rewarded nor punished. */
  optional: boolean;
}

// PolNeAR also labels beliefs, intentions and attitudes; GUIDELINE.md §2 calls appeals and attitudes optional. A cue
// whose words include one of these is read as such (guideline cues such as "believes" and "estimates" stay required).
const NOT_STATEMENT = new Set(
  (
    'think thinks thought feel feels felt want wants wanted hope hopes hoped plan plans planned planning fear fears ' +
    'feared worry worries worried concerned afraid know knows knew expect expects expected intend intends intended ' +
    'wish wishes wished seem seems seemed appear appears appeared support supports supported oppose opposes opposed ' +
    'like likes liked love loves loved hate hates prefer prefers doubt doubts suspect suspects seek seeks sought aim ' +
    'aims try tries tried need needs decide decides decided frustrated confident convinced sure aware see sees saw ' +
    'view views viewed consider considers considered refuse refuses refused urge urges urged encourage encourages ' +
    'encouraged on for'
  ).split(' '),
);

interface Span {
  label: string;
  ranges: Array<[number, number]>;
  text: string;
}

/** Python (brat) offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (offset) => map[offset] ?? unit;
}

/** The attributions of one `.ann` file over its article `text`. Throws with the line on a malformed line. */
export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, Span>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    // A span's text may run over several lines (a quote across paragraphs): only the first starts with an id.
    if (!/^[TERAN#]\d+\t/.test(line)) continue;
    const [id, body, spanText] = line.split('\t') as [string, string, string | undefined];
    if (id.startsWith('E')) events.push(body);
    if (!id.startsWith('T')) continue;
    const space = body.indexOf(' ');
    const ranges = body
      .slice(space + 1)
      .split(';')
      .map((pair): [number, number] => {
        const [s, e] = pair.split(' ').map(Number);
        if (!Number.isInteger(s) || !Number.isInteger(e)) throw new Error(`malformed brat span: ${line}`);
        return [toUtf16(s as number), toUtf16(e as number)];
      });
    spans.set(id, { label: body.slice(0, space), ranges, text: spanText ?? '' });
  }
  return events.flatMap((body) => {
    const parts = new Map(body.split(' ').map((arg) => arg.split(':') as [string, string]));
    const get = (role: string) => spans.get(parts.get(role) ?? '');
    const content = get('Content');
    const cue = get('Cue');
    if (!content || !cue) return [];
    const source = get('Source');
    const head = parts.get('Attribution') ?? '';
    const words = cue.text.toLowerCase().split(/[^a-z]+/);
    return [
      {
        content: content.ranges,
        cue: cue.ranges,
        source: source?.ranges ?? [],
        cueText: cue.text,
        optional:
          !source ||
          spans.get(head)?.label === 'Attribution-no-source' ||
          // "Gingrich: Trump Must Decide ...": the headline form GUIDELINE.md §2 calls optional.
          cue.text.trim() === ':' ||
          words.some((w) => NOT_STATEMENT.has(w)),
      },
    ];
  });
}

/** Word positions of a text, for comparing spans by the words they cover rather than by exact offsets. */
export function wordStarts(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
}

function wordsIn(starts: number[], ranges: Array<[number, number]>, text: string): Set<number> {
  const words = new Set<number>();
  for (const [s, e] of ranges) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && (starts[k] as number) < e; k++) words.add(k);
  }
  // GUIDELINE.md leaves "that" out of reported speech; PolNeAR keeps it.
  const first = Math.min(...words);
  const at = starts[first];
  if (at !== undefined && /^that\b/i.test(text.slice(at, at + 5))) words.delete(first);
  return words;
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Predictions whose content covers the same words as a gold content, half or more both ways (Dice ≥ 0.5). */
  content: number;
  /** Of those, the ones covering exactly the same words. */
  exact: number;
  /** Of the content matches, those whose source mention overlaps the gold source. */
  source: number;
  /** Matched pairs and unmatched items, for reading the misses. */
  misses: Miss[];
}

/** A gold statement missed, a prediction matching none, or a content matched with another source. */
export interface Miss {
  kind: 'missed' | 'extra' | 'source';
  content: string;
  detail: string;
  /** For a missed gold statement: its cue's and content's spans, to say why it was missed. */
  gold?: GoldAttribution;
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, content: 0, exact: 0, source: 0, misses: [] });

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const dice = (a: Set<number>, b: Set<number>) => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
};

/**
 * Scores one article's predicted attributions against its gold. A quote split by its cue is one PolNeAR attribution
 * and several of ours, so predictions sharing a cue are scored as one. Optional gold neither counts when missed nor
 * makes a prediction matching it an extra.
 */
export function scoreArticle(text: string, gold: GoldAttribution[], predicted: Attribution[], into = emptyCounts()): Counts {
  const starts = wordStarts(text);
  const byCue = new Map<number, Attribution[]>();
  for (const a of predicted) byCue.set(a.cueStart, [...(byCue.get(a.cueStart) ?? []), a]);
  const preds = [...byCue.values()].map((group) => ({
    group,
    words: wordsIn(
      starts,
      group.map((a): [number, number] => [a.contentStart, a.contentEnd]),
      text,
    ),
  }));
  const golds = gold.map((g) => ({ g, words: wordsIn(starts, g.content, text) }));
  const pairs: Array<[number, number, number]> = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const d = dice(p.words, g.words);
      if (d >= 0.5) pairs.push([d, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const predTaken = new Set<number>();
  const goldTaken = new Set<number>();
  for (const [d, i, j] of pairs) {
    if (predTaken.has(i) || goldTaken.has(j)) continue;
    predTaken.add(i);
    goldTaken.add(j);
    const { g } = golds[j] as (typeof golds)[number];
    const a = (preds[i] as (typeof preds)[number]).group[0] as Attribution;
    if (g.optional) continue;
    into.gold++;
    into.predicted++;
    into.content++;
    if (d === 1) into.exact++;
    const mention: [number, number] | null =
      a.speakerStart === undefined ? null : [a.speakerStart, a.speakerEnd ?? a.speakerStart];
    if (mention && g.source.some((s) => overlaps(s, mention))) into.source++;
    else
      into.misses.push({
        kind: 'source',
        content: a.content,
        detail: `${a.speakerText} (${a.cue}) ≠ ${g.source.map(([s, e]) => text.slice(s, e)).join(' … ')}`,
      });
  }
  golds.forEach(({ g }, j) => {
    if (goldTaken.has(j) || g.optional) return;
    into.gold++;
    const content = g.content.map(([s, e]) => text.slice(s, e)).join(' … ');
    into.misses.push({ kind: 'missed', content, detail: g.cueText, gold: g });
  });
  preds.forEach(({ group }, i) => {
    if (predTaken.has(i)) return;
    into.predicted++;
    const a = group[0] as Attribution;
    into.misses.push({ kind: 'extra', content: a.content, detail: `${a.speakerText} (${a.cue})` });
  });
  return into;
}

const f1 = (hits: number, gold: number, predicted: number) => {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Precision, recall and F1 of content (Dice ≥ 0.5 and exact) and of content with its source mention. */
export function figures(c: Counts) {
  return {
    content: f1(c.content, c.gold, c.predicted),
    exact: f1(c.exact, c.gold, c.predicted),
    source: f1(c.source, c.gold, c.predicted),
  };
}

/**
 * True when a gold statement's content is a quotation: it opens with a quotation mark or right after one. A check of
 * quotes and their speakers alone, as news quote trackers count them (issue 19's third-party measure).
 */
export function isQuotation(text: string, g: GoldAttribution): boolean {
  const [start, end] = g.content[0] ?? [0, 0];
  return /^\s*(["“”‘]|'')/.test(text.slice(start, end)) || /(["“‘]|''|``)\s*$/.test(text.slice(Math.max(0, start - 2), start));
}
