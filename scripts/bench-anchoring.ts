// Re-anchoring saved spans on edited articles: `npm run bench:anchoring [seed]`.
// Every claim sentence, figure and statement the extractor finds in the dev articles is saved, the
// article is edited as news updates are (alone and in combinations), and the saved span is looked
// for again. Right: found where the edits moved it (or reported lost when its text was removed);
// misplaced: found on other text; lost: not found though it is there. "figures" is the share of
// updated figures reported as updated, old → new, among right answers.
import { anchorSpan } from '../lib/anchoring/selectors';
import { devArticles, isCombination, SCENARIOS, trials, type Trial } from './anchoring-edits';

export interface Tally {
  n: number;
  right: number;
  misplaced: number;
  lost: number;
  /** Trials with an updated figure, and those whose change was reported as old → new. */
  updated: number;
  reported: number;
  examples: string[];
}

const empty = (): Tally => ({ n: 0, right: 0, misplaced: 0, lost: 0, updated: 0, reported: 0, examples: [] });

/** Anchors one trial's saved span in its edited text and says how that went. */
export function judge(trial: Trial): { verdict: 'right' | 'misplaced' | 'lost'; reported: boolean; found: string | null } {
  const [quote, position] = trial.selectors;
  const found = anchorSpan(trial.after, quote, position);
  const truth = trial.truth;
  const same = found && truth ? found.start === truth.start && found.end === truth.end : found === truth;
  const changes = (found && 'changes' in found ? (found.changes as Array<{ old: string; new: string }>) : []).map(
    (c) => `${c.old}→${c.new}`,
  );
  const reported = trial.changes.length > 0 && trial.changes.every(([o, n]) => changes.includes(`${o}→${n}`));
  return {
    verdict: same ? 'right' : found ? 'misplaced' : 'lost',
    reported,
    found: found ? trial.after.slice(found.start, found.end) : null,
  };
}

/** Runs every trial and tallies the verdicts per scenario, per saved kind, and for single edits and combinations. */
export function runBench(articles = devArticles(), seed = 25): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const add = (key: string, trial: Trial, result: ReturnType<typeof judge>) => {
    const t = tallies.get(key) ?? empty();
    tallies.set(key, t);
    t.n++;
    t[result.verdict]++;
    if (trial.changes.length > 0 && trial.truth) {
      t.updated++;
      if (result.reported && result.verdict === 'right') t.reported++;
    }
    if (result.verdict !== 'right' && t.examples.length < 4) {
      const saved = trial.before.slice(trial.saved.start, trial.saved.end);
      const truth = trial.truth ? trial.after.slice(trial.truth.start, trial.truth.end) : null;
      t.examples.push(
        `${trial.article} ${trial.saved.kind} ${JSON.stringify(saved.slice(0, 70))} → ${result.verdict}: ${JSON.stringify(result.found?.slice(0, 70) ?? null)} (truth ${JSON.stringify(truth?.slice(0, 70) ?? null)})`,
      );
    }
  };
  for (const trial of trials(articles, seed)) {
    const result = judge(trial);
    add(trial.scenario, trial, result);
    add(`${isCombination(trial.scenario) ? 'combinations' : 'single edits'}: ${trial.saved.kind}`, trial, result);
    add(isCombination(trial.scenario) ? 'ALL combinations' : 'ALL single edits', trial, result);
  }
  return tallies;
}

const pct = (a: number, n: number) => (n === 0 ? '—' : `${((100 * a) / n).toFixed(1)}%`);

function main() {
  const seed = Number(process.argv[2] ?? 25);
  const started = performance.now();
  const tallies = runBench(devArticles(), seed);
  const ms = performance.now() - started;
  const order = [...Object.keys(SCENARIOS), ...[...tallies.keys()].filter((k) => !(k in SCENARIOS)).sort()];
  console.log(`seed ${seed}; ${(ms / 1000).toFixed(1)} s\n`);
  console.log('| edit | trials | right | misplaced | lost | figure updates reported |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const key of order) {
    const t = tallies.get(key);
    if (!t) continue;
    console.log(
      `| ${key} | ${t.n} | ${pct(t.right, t.n)} | ${pct(t.misplaced, t.n)} | ${pct(t.lost, t.n)} | ${t.updated ? `${pct(t.reported, t.updated)} of ${t.updated}` : '—'} |`,
    );
  }
  console.log('\nExamples of wrong answers:');
  for (const key of Object.keys(SCENARIOS)) for (const e of tallies.get(key)?.examples ?? []) console.log(`- ${key}: ${e}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
