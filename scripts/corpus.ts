import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { articleText } from '../lib/page/html-text';
import { parseHtml } from './parse-html';
import { ARTICLE_IDS, CLAIMS, PAGE_NAMES, PAGES, ROOT } from './paths';

export interface CorpusText {
  /** Unique across the corpus: "<group>--<file name>". */
  name: string;
  text: string;
}

const sampleText = (id: string) => readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
const pageText = (name: string) => articleText(parseHtml(readFileSync(`${PAGES}/${name}/expected.html`, 'utf8')));

/** Real news text for benchmarks: the five sample articles and the article text of six saved pages. */
export function newsCorpus(): Array<{ name: string; text: string }> {
  return [
    ...ARTICLE_IDS.map((id) => ({ name: id, text: sampleText(id) })),
    ...PAGE_NAMES.map((name) => ({ name, text: pageText(name) })),
  ];
}

export const EXCERPTS = `${ROOT}/tests/corpus/excerpts`;
export const SNAPSHOTS = `${ROOT}/tests/corpus/snapshots`;

/** An excerpt file opens with "# key: value" lines (source, date, why); the text is what follows them. */
export function excerptText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^(?:# .*\n)+\n?/, '');
}

const txtFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.txt')).sort();

/**
 * Every text the rules are checked on: the sample articles, compare-dev's articles, the saved pages'
 * expected article text (all from ../shared) and the committed excerpts (tests/corpus/excerpts).
 */
export function regressionCorpus(): CorpusText[] {
  const pages = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory());
  return [
    ...ARTICLE_IDS.map((id) => ({ name: `sample--${id}`, text: sampleText(id) })),
    ...txtFiles(`${CLAIMS}/compare-dev/articles`).map((f) => ({
      name: `compare-dev--${basename(f, '.txt')}`,
      text: readFileSync(`${CLAIMS}/compare-dev/articles/${f}`, 'utf8'),
    })),
    ...pages.map((d) => ({ name: `page--${d.name}`, text: pageText(d.name) })),
    ...txtFiles(EXCERPTS).map((f) => ({ name: `excerpt--${basename(f, '.txt')}`, text: excerptText(`${EXCERPTS}/${f}`) })),
  ];
}

/** What the extractor reads in one text, one line per figure or statement, keyed by where it stands. */
export type Snapshot = Record<string, string>;

export function snapshotOf(text: string): Snapshot {
  const { quantities, attributions } = extractClaims(text);
  const lines: Snapshot = {};
  for (const q of quantities) {
    const value = q.value ?? `${q.low}..${q.high}`;
    lines[`figure @${q.start} ${JSON.stringify(q.text)}`] =
      `${q.kind} ${value} ${q.approx} unit=${q.unit ?? '-'} currency=${q.currency ?? '-'}`;
  }
  for (const a of attributions) {
    const content = text.slice(a.contentStart, a.contentEnd);
    lines[`statement @${a.cueStart} ${JSON.stringify(a.cue)}`] =
      `${a.type} source=${JSON.stringify(a.speakerText)} speaker=${JSON.stringify(a.speaker)} role=${JSON.stringify(a.role)} content@${a.contentStart}=${JSON.stringify(content)}`;
  }
  return lines;
}

export interface SnapshotChange {
  kind: 'gained' | 'lost' | 'changed';
  key: string;
  before?: string;
  after?: string;
}

/** Items gained, lost or read differently between two snapshots of one text. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  for (const [key, was] of Object.entries(before)) {
    const now = after[key];
    if (now === undefined) changes.push({ kind: 'lost', key, before: was });
    else if (now !== was) changes.push({ kind: 'changed', key, before: was, after: now });
  }
  for (const [key, now] of Object.entries(after)) if (!(key in before)) changes.push({ kind: 'gained', key, after: now });
  return changes;
}

/** The committed snapshot of a corpus text, or null when it has none yet. */
export function savedSnapshot(name: string): Snapshot | null {
  try {
    return JSON.parse(readFileSync(`${SNAPSHOTS}/${name}.json`, 'utf8')) as Snapshot;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
