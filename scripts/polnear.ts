// Scores the extractor's statements on PolNeAR (github.com/networkdynamics/PolNeAR): npm run polnear [-- train] [--misses N]
// [--kinds [KIND]] [--speakers [--pronouns]] (--pronouns lists every he/she/they/it/I source mention with the speaker
// it was resolved to, for reading by hand: PolNeAR does not resolve them)
// POLNEAR_DIR is a folder holding the corpus's dev/ and train/ folders (each with text/ and attributions/), exported
// from its data/ folder outside this repository. The test split is reserved for checking our work: never point at it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { isSpeechVerb } from '../lib/claims/cues';
import type { Attribution, RuleHit } from '../lib/claims/types';
import { type Counts, emptyCounts, figures, type GoldAttribution, isQuotation, parseBrat, scoreArticle } from './polnear-score';

const SPLITS = ['dev', 'train'];

function main(argv: string[]): number {
  const dir = process.env.POLNEAR_DIR;
  if (!dir) {
    console.error(
      'polnear: set POLNEAR_DIR to a folder with PolNeAR\'s dev/ and train/ folders, e.g. "git archive HEAD data/dev data/train" ' +
        'from a clone of networkdynamics/PolNeAR, extracted outside this repository (see docs/polnear.md)',
    );
    return 2;
  }
  const split = argv.find((a) => SPLITS.includes(a)) ?? 'dev';
  const missesAt = argv.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(argv[missesAt + 1] ?? 20) : 0;
  const kinds = argv.includes('--kinds');
  // "--speakers": each resolved speaker checked against a gold source mention that names someone (below).
  const speakers = argv.includes('--speakers')
    ? { checked: 0, wrong: [] as string[], pronouns: argv.includes('--pronouns') }
    : null;
  // "--kinds 'dropped by asked'": and print the missed statements whose kind starts so, each in its sentence.
  const kindAt = argv.indexOf('--kinds');
  const showKind = kindAt >= 0 && argv[kindAt + 1] && !argv[kindAt + 1]?.startsWith('-') ? argv[kindAt + 1] : null;
  const byKind = new Map<string, number>();
  const cues = new Map<string, number>();
  const tally = (kind: string, cue: string) => {
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    if (kind.startsWith('cue not')) cues.set(cue.toLowerCase(), (cues.get(cue.toLowerCase()) ?? 0) + 1);
  };
  const byArticle = annotations(join(dir, split, 'attributions'));
  if (!byArticle) return 2;
  const annDir = join(dir, split, 'attributions');
  const counts = emptyCounts();
  const quotes = emptyCounts();
  let failed = 0;
  for (const [article, ann] of byArticle) {
    const text = readFileSync(join(dir, split, 'text', `${article}.txt`), 'utf8');
    try {
      const gold = parseBrat(readFileSync(join(annDir, ann), 'utf8'), text);
      const hits: RuleHit[] = [];
      const found = extractClaims(text, kinds ? (hit) => hits.push(hit) : undefined).attributions;
      const before = counts.misses.length;
      scoreArticle(text, gold, found, counts);
      const direct = found.filter((a) => a.type === 'direct');
      scoreArticle(
        text,
        gold.filter((g) => isQuotation(text, g)),
        direct,
        quotes,
      );
      if (speakers) checkSpeakers(text, gold, found, speakers);
      if (kinds)
        for (const m of counts.misses.slice(before)) {
          if (!m.gold) continue;
          const kind = missKind(text, m.gold, found, hits);
          tally(kind, m.detail);
          if (showKind && kind.startsWith(showKind)) console.log(`${kind}\t${m.detail}\t${around(text, m.gold)}`);
        }
    } catch (error) {
      console.error(`polnear: ${ann}: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
    }
  }
  printFigures(`PolNeAR ${split}: ${byArticle.size} articles`, counts);
  printQuotes(quotes);
  if (kinds) printKinds(byKind, cues, counts);
  if (speakers) {
    console.log(`speakers checked against a named gold mention: ${speakers.checked}, disagreeing: ${speakers.wrong.length}`);
    for (const line of speakers.wrong.slice(0, showMisses || 40)) console.log(`speaker\t${line}`);
  }
  for (const kind of ['missed', 'extra', 'source'] as const) {
    for (const m of counts.misses.filter((x) => x.kind === kind).slice(0, showMisses))
      console.log(`${kind}\t${m.detail}\t${m.content.slice(0, 160).replace(/\s+/g, ' ')}`);
  }
  return failed > 0 ? 1 : 0;
}

function printFigures(title: string, counts: Counts): void {
  const f = figures(counts);
  const line = (name: string, x: { p: number; r: number; f: number }) =>
    `${name.padEnd(28)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f.toFixed(3)}`;
  console.log(`${title}, ${counts.gold} statements in gold, ${counts.predicted} found`);
  console.log(line('content (Dice ≥ 0.5)', f.content));
  console.log(line('content, exact words', f.exact));
  console.log(line('content + source mention', f.source));
}

/** Quotations alone, against our direct quotes: found, and with the speaker's mention among those found. */
function printQuotes(quotes: Counts): void {
  const f = figures(quotes).content;
  const speakers = quotes.content ? quotes.source / quotes.content : 0;
  console.log(
    `quotations alone (${quotes.gold})      P ${f.p.toFixed(3)}  R ${f.r.toFixed(3)}  F1 ${f.f.toFixed(3)}; ` +
      `speaker mention right on ${speakers.toFixed(3)} of those found`,
  );
}

/** The annotation file of each article (the first annotator's when several annotated it), or null when unreadable. */
function annotations(annDir: string): Map<string, string> | null {
  let files: string[];
  try {
    files = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
  } catch {
    console.error(`polnear: cannot read ${annDir}`);
    return null;
  }
  // Some articles were annotated by several annotators (file name suffix _<annotator>): the first is used.
  const byArticle = new Map<string, string>();
  for (const f of files.sort()) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  return byArticle;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Why a gold statement was missed: its cue is no verb of saying of ours, a rule dropped it, or the content differs. */
function missKind(text: string, g: GoldAttribution, found: Attribution[], hits: RuleHit[]): string {
  const atCue = found.filter((a) => g.cue.some((c) => overlaps(c, [a.cueStart, a.cueEnd])));
  if (atCue.length > 0) return 'cue found, content differs';
  const inSentence = found.some((a) => g.content.some((c) => overlaps(c, [a.contentStart, a.contentEnd])));
  const words = g.cueText.toLowerCase().match(/[a-z’'-]+/g) ?? [];
  if (words.length === 0) return 'no cue word (a colon, a quote)';
  if (!words.some(isSpeechVerb))
    return inSentence ? 'cue not a verb of saying, content inside another statement' : 'cue not a verb of saying';
  const dropped = hits.find((h) => h.detail === 'no cue' && g.cue.some((c) => overlaps(c, [h.start, h.end])));
  if (dropped) return `dropped by ${dropped.rule}`;
  if (inSentence) return 'verb of saying, content read into another statement';
  return 'verb of saying, no source or content read';
}

// Titles and honorifics before a name, which a mention may hold and a resolved speaker leaves out.
const TITLE_WORD = /^(mr|mrs|ms|dr|sen|gov|rep|president|senator|governor|secretary|gen|the|former|candidate)\.?$/i;
const PRONOUN = /^(i|he|she|it|they|we|you|his|her|its|their|this|that|these|those)$/i;

/**
 * Speaker resolution, as far as PolNeAR shows it: where a statement's mention overlaps a gold source that names
 * someone ("Jared Potts", "Clinton"), the resolved speaker must carry the mention's last name. Pronouns and
 * descriptions are not checked: PolNeAR's sources are mentions, not people.
 */
function checkSpeakers(
  text: string,
  gold: GoldAttribution[],
  found: Attribution[],
  into: { checked: number; wrong: string[]; pronouns: boolean },
) {
  for (const a of found) {
    if (a.speakerStart === undefined || a.speakerEnd === undefined) continue;
    const mention: [number, number] = [a.speakerStart, a.speakerEnd];
    const g = gold.find(
      (x) => x.source.some((s) => overlaps(s, mention)) && x.content.some((c) => overlaps(c, [a.contentStart, a.contentEnd])),
    );
    if (!g || g.source.length !== 1) continue;
    const written = text.slice(...(g.source[0] as [number, number])).replace(/['’]s?$/, '');
    if (into.pronouns && /^(he|she|they|it|i|we)$/i.test(written))
      console.log(
        `pronoun\t${written.toLowerCase()}\t${a.speaker}\t${a.resolution}\t${text.slice(Math.max(0, a.speakerStart - 200), a.speakerEnd + 30).replace(/\s+/g, ' ')}`,
      );
    const words = written.split(/\s+/).filter((w) => !TITLE_WORD.test(w));
    if (
      words.length === 0 ||
      words.length > 3 ||
      words.some((w) => PRONOUN.test(w)) ||
      !words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))
    )
      continue;
    into.checked++;
    const last = (words[words.length - 1] as string).toLowerCase();
    if (!a.speaker.toLowerCase().split(/\s+/).includes(last) || /^[^\p{L}]/u.test(a.speaker))
      into.wrong.push(
        `${a.speaker} (${a.resolution}) ≠ ${written}\t${text.slice(Math.max(0, a.speakerStart - 60), a.speakerEnd + 40).replace(/\s+/g, ' ')}`,
      );
  }
}

/** The text around a gold statement, from before its source or cue to after its content, on one line. */
function around(text: string, g: GoldAttribution): string {
  const spans = [...g.content, ...g.cue, ...g.source];
  const start = Math.max(0, Math.min(...spans.map((s) => s[0])) - 40);
  const end = Math.min(text.length, Math.max(...spans.map((s) => s[1])) + 20);
  return text.slice(start, end).replace(/\s+/g, ' ');
}

function printKinds(byKind: Map<string, number>, cues: Map<string, number>, counts: Counts): void {
  const missed = counts.misses.filter((m) => m.kind === 'missed').length;
  console.log(`\nmissed statements by kind (${missed}):`);
  for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(5)}  ${((100 * n) / missed).toFixed(1).padStart(5)}%  ${kind}`);
  const common = [...cues].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`cues not ours, most missed: ${common.map(([c, n]) => `${c} ${n}`).join(', ')}`);
}

process.exitCode = main(process.argv.slice(2));
