import type { Quantity } from '../claims/types';
import { conflictOf, type Match, matchReadings, ownedMatch, valuesAgree } from './match';
import { passagesOf } from './context';
import { type Reading, readFigure } from './reading';
import { describePassage } from './subject';
import { readStory, sameStory, type Story } from './story';

/** An article with the figures read from it. */
export interface Article {
  id: string;
  text: string;
  publishedAt: string | null;
  /** The article's claims: sentences with their quantities. */
  claims: Array<{ text: string; start: number; quantities: Quantity[]; attributions?: Array<{ speaker: string }> }>;
}

/** Each figure of an article, read, with what the state-owner rules make of it (see relation.ts). */
export function readArticle(a: Article): Reading[] {
  const story = readStory(a.text, a.publishedAt);
  return passagesOf(a.text, a.claims).flatMap((p, c) => {
    const subjects = describePassage(p);
    // The extractor's sentence (the claim's span) is the figure's sentence: one splitter (issue 17).
    const span: [number, number] = [p.start, p.start + p.text.length];
    const source = a.claims[c]?.attributions?.[0]?.speaker ?? null;
    return p.quantities.map((q, i) => ({ ...readFigure(a.id, a.text, q, story, span), subject: subjects[i] ?? null, source }));
  });
}

/** Names with their counts summed. */
function addNames(into: Record<string, number>, names: Record<string, number>): Record<string, number> {
  for (const [n, c] of Object.entries(names)) into[n] = (into[n] ?? 0) + c;
  return into;
}

/** A figure of an article, read. */
export interface Member {
  article: string;
  reading: Reading;
}

/** Figures of two articles or more that are one quantity, with the verdict on their values and why. */
export interface Cluster {
  /** Values agree; differ (sources disagree about one moment); or change with the reports' dates (an update over time). */
  verdict: 'agree' | 'differ' | 'update';
  reason: string;
  members: Member[];
}

interface Node extends Member {
  story: number;
}

/**
 * Groups the figures of several articles that are one quantity. Articles are
 * first grouped into stories (names shared, nothing setting them apart in
 * time); figures of one story are then joined best match first, and two groups
 * join only when none of their members conflict (other thing, event, day or
 * holder): one figure never bridges two quantities.
 */
export function clusterArticles(articles: Article[]): Cluster[] {
  const read = articles.map((a) => readStory(a.text, a.publishedAt));
  const stories = storiesOf(read);
  const dates = new Map(articles.map((a, i) => [a.id, read[i]?.date ?? null]));
  const storyNames = new Map<number, Record<string, number>>();
  read.forEach((s, i) => storyNames.set(stories[i] as number, addNames(storyNames.get(stories[i] as number) ?? {}, s.names)));
  const nodes: Node[] = articles.flatMap((a, i) =>
    readArticle(a).map((reading) => ({
      article: a.id,
      reading: { ...reading, storyNames: storyNames.get(stories[i] as number) },
      story: stories[i] as number,
    })),
  );
  const edges: Array<{ i: number; j: number; match: Match }> = [];
  const byArticle = new Map<string, Reading[]>();
  for (const n of nodes) byArticle.set(n.article, [...(byArticle.get(n.article) ?? []), n.reading]);
  const matched = new Set<number>();
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [x, y] = [nodes[i] as Node, nodes[j] as Node];
      if (x.story !== y.story) continue;
      const match = x.article === y.article ? sameSentenceEquivalent(x.reading, y.reading) : matchReadings(x.reading, y.reading);
      if (
        match.verdict === 'differ' &&
        !ownedMatch(x.reading, y.reading) &&
        (hasPartner(x.reading, y.reading, byArticle.get(y.article)) || hasPartner(y.reading, x.reading, byArticle.get(x.article)))
      )
        continue;
      if (match.verdict !== 'none') {
        edges.push({ i, j, match });
        matched.add(i * nodes.length + j);
      }
    }
  }
  // Agreements first: a figure joins the reports that give its value before one that differs pulls it elsewhere.
  edges.sort((a, b) => rank(b.match) - rank(a.match));
  const groups = nodes.map((_, i) => [i]);
  const groupOf = nodes.map((_, i) => i);
  const reasons = new Map<number, Match>();
  for (const { i, j, match } of edges) {
    const [gi, gj] = [groupOf[i] as number, groupOf[j] as number];
    if (gi === gj) continue;
    const a = groups[gi] as number[];
    const b = groups[gj] as number[];
    if (!mayJoin(a, b, nodes, matched)) continue;
    for (const x of b) groupOf[x] = gi;
    a.push(...b);
    groups[gj] = [];
    const best = reasons.get(gi) ?? reasons.get(gj);
    reasons.set(gi, best && best.support >= match.support ? best : match);
  }
  addRepeats(nodes, groups, groupOf);
  return groups
    .map((g, gi) => ({ g, gi }))
    .filter(({ g }) => new Set(g.map((i) => (nodes[i] as Node).article)).size > 1)
    .map(({ g, gi }) => {
      const members = g.map((i) => nodes[i] as Node).map(({ article, reading }) => ({ article, reading }));
      const reason = reasons.get(gi)?.reason ?? '';
      if (allAgree(members)) return { verdict: 'agree' as const, reason, members };
      const update = updateOf(members, dates);
      return update
        ? {
            verdict: 'update' as const,
            reason: `${reason.replace(/, values differ$/, '')}; update over time: ${update}`,
            members,
          }
        : { verdict: 'differ' as const, reason, members };
    });
}

// Of the pairs across two groups from different articles, the share that must be matched for the groups to join:
// a figure joins a quantity when it matches most of its reports, not one of them (a chain of "eight years" would
// otherwise join the offers of three teams).
const LINKED = 0.5;
// Of the pairs across two groups of articles, the share that must share names for the groups to be one story: short
// reports of one quake name other towns, so a report joins a story when it shares names with a quarter of its reports.
const STORY_LINKED = 0.25;

/** Whether two groups may join: no pair across them is set apart, and most pairs from different articles match. */
function mayJoin(a: number[], b: number[], nodes: Node[], matched: Set<number>): boolean {
  let pairs = 0;
  let linked = 0;
  for (const x of a) {
    for (const y of b) {
      const [rx, ry] = [(nodes[x] as Node).reading, (nodes[y] as Node).reading];
      if (!belongTogether(rx, ry)) return false;
      if (rx.article === ry.article || otherCurrency(rx, ry)) continue;
      pairs++;
      if (matched.has(Math.min(x, y) * nodes.length + Math.max(x, y))) linked++;
    }
  }
  return pairs === 0 || linked / pairs >= LINKED;
}

/** Two figures may sit in one group when nothing sets them apart and their values agree, or they are matched as differing. */
function belongTogether(a: Reading, b: Reading): boolean {
  // Sums in two currencies sit side by side, joined through the text's own conversion ("200 million euros ($265.3 million)").
  if (otherCurrency(a, b)) return true;
  const owned = ownedMatch(a, b);
  if (owned) return owned.verdict !== 'none';
  if (conflictOf(a, b)) return false;
  if (valuesAgree(a, b) !== false) return true;
  // One article's two sources ("Dan Patrick reported … $200 million", "the Herald's Michael Silverman wrote … $145
  // million to $175 million") may give one quantity two values; conflictOf has let them through.
  if (a.article === b.article) return true;
  return matchReadings(a, b).verdict === 'differ';
}

const otherCurrency = (a: Reading, b: Reading) =>
  a.measure !== b.measure && a.measure.startsWith('money:') && b.measure.startsWith('money:');

/** Each article's story: strongest links first; articles of one story share names with a quarter of its articles or more, and conflict with none. */
export function storiesOf(stories: Story[]): number[] {
  const matches = stories.map((x, i) => stories.map((y, j) => (i === j ? null : sameStory(x, y))));
  const links = matches
    .flatMap((row, i) => row.map((m, j) => ({ i, j, m })))
    .filter(({ i, j, m }) => i < j && m?.verdict === 'same')
    .sort((a, b) => (b.m?.shared ?? 0) - (a.m?.shared ?? 0));
  const storyOf = stories.map((_, i) => i);
  const members = stories.map((_, i) => [i]);
  for (const { i, j } of links) {
    const [si, sj] = [storyOf[i] as number, storyOf[j] as number];
    if (si === sj) continue;
    const a = members[si] as number[];
    const b = members[sj] as number[];
    const verdicts = a.flatMap((x) => b.map((y) => matches[x]?.[y]?.verdict));
    // Most articles of the two groups must read as one story: two names shared with one report do not join two stories.
    if (verdicts.includes('different') || verdicts.filter((v) => v === 'same').length < verdicts.length * STORY_LINKED) continue;
    for (const x of b) storyOf[x] = si;
    a.push(...b);
    members[sj] = [];
  }
  return storyOf;
}

/**
 * A figure an article repeats (its headline's "$200 million" and its lede's) joins the quantity its twin joined,
 * when nothing sets it apart from that quantity's members: the repeat is the same figure, not another report of it.
 */
function addRepeats(nodes: Node[], groups: number[][], groupOf: number[]): void {
  nodes.forEach((n, i) => {
    if ((groups[groupOf[i] as number] as number[]).length > 1) return;
    const twin = nodes.findIndex(
      (t, j) =>
        j !== i &&
        t.article === n.article &&
        (groups[groupOf[j] as number] as number[]).length > 1 &&
        isRepeat(n.reading, t.reading),
    );
    if (twin < 0) return;
    const group = groups[groupOf[twin] as number] as number[];
    if (group.some((m) => conflictOf(n.reading, (nodes[m] as Node).reading))) return;
    group.push(i);
    groups[groupOf[i] as number] = [];
    groupOf[i] = groupOf[twin] as number;
  });
}

function isRepeat(a: Reading, b: Reading): boolean {
  return a.quantity.value !== null && a.quantity.value === b.quantity.value && matchReadings(a, b).verdict === 'agree';
}

/** Two figures of one article are one quantity when the text gives one as the other: "200 million euros ($265.3 million)". */
function sameSentenceEquivalent(a: Reading, b: Reading): Match {
  const [first, second] = a.quantity.start < b.quantity.start ? [a, b] : [b, a];
  const between = first.sentence.includes(second.quantity.text) ? /^[^()]{0,12}\(\s*$/.test(betweenText(first, second)) : false;
  return between && first.measure.startsWith('money') && second.measure.startsWith('money')
    ? { verdict: 'agree', reason: `same: ${first.quantity.text} given as ${second.quantity.text}`, support: 10 }
    : { verdict: 'none', reason: 'not: another figure of the same article', support: 0 };
}

function betweenText(first: Reading, second: Reading): string {
  const i = first.sentence.indexOf(first.quantity.text);
  const j = first.sentence.indexOf(second.quantity.text, i + first.quantity.text.length);
  return i < 0 || j < 0 ? '' : first.sentence.slice(i + first.quantity.text.length, j);
}

function allAgree(members: Member[]): boolean {
  const byCurrency = new Map<string, Reading[]>();
  for (const m of members) byCurrency.set(m.reading.measure, [...(byCurrency.get(m.reading.measure) ?? []), m.reading]);
  return [...byCurrency.values()].every((rs) =>
    rs.every((a) => rs.every((b) => a === b || (matchReadings(a, b).verdict !== 'differ' && overlap(a, b)))),
  );
}

function overlap(a: Reading, b: Reading): boolean {
  if (a.score !== null || b.score !== null) return a.score === b.score;
  if (a.low === null || a.high === null || b.low === null || b.high === null) return true;
  return a.low <= b.high * 1.05 && b.low <= a.high * 1.05;
}

const rank = (m: Match) => m.support + (m.verdict === 'agree' ? 100 : 0);

/**
 * Whether the other article gives a figure of the same measure that agrees with this one: then a differing figure
 * there is most likely another item ("the 2.3GHz model" beside "the 2.7GHz one"), not a disagreement.
 */
function hasPartner(r: Reading, differing: Reading, others: Reading[] | undefined): boolean {
  // A partner another source of that article gives leaves the differing figure its own source's report of it.
  const otherSource = (o: Reading) => o.source && differing.source && o.source !== differing.source;
  return (others ?? []).some(
    (o) => o.measure === r.measure && o.thing === r.thing && !otherSource(o) && matchReadings(r, o).verdict === 'agree',
  );
}

/**
 * "3,000 on 2024-10-24 → 3,543 on 2024-10-26": when every report is dated, the reports of one day agree among
 * themselves and the values change from day to day, the figure was updated over time (a toll rising) rather than
 * disputed; null otherwise.
 */
export function updateOf(members: Member[], dates: ReadonlyMap<string, string | null>): string | null {
  const byDate = new Map<string, Member[]>();
  for (const m of members) {
    const date = dates.get(m.article);
    if (!date) return null;
    byDate.set(date, [...(byDate.get(date) ?? []), m]);
  }
  if (byDate.size < 2 || ![...byDate.values()].every((day) => allAgree(day))) return null;
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => `${day[0]?.reading.quantity.text} on ${date}`)
    .join(' → ');
}
