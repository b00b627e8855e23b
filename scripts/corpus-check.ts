// The regression corpus: npm run corpus [-- --update] [NAME...]
// Extracts every corpus text and prints what changed against its committed snapshot (figures and
// statements gained, lost, changed). Exits 1 on any change, unless --update, which writes the new
// snapshots after review. NAME filters texts by substring ("compare-dev", "sample--000").
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { diffSnapshots, regressionCorpus, savedSnapshot, SNAPSHOTS, snapshotOf, type SnapshotChange } from './corpus';

function main(argv: string[]): number {
  const update = argv.includes('--update');
  const filters = argv.filter((a) => a !== '--update');
  const texts = regressionCorpus().filter((t) => filters.length === 0 || filters.some((f) => t.name.includes(f)));
  const totals = { gained: 0, lost: 0, changed: 0, new: 0 };
  mkdirSync(SNAPSHOTS, { recursive: true });
  for (const { name, text } of texts) {
    const now = snapshotOf(text);
    const saved = savedSnapshot(name);
    if (saved === null) totals.new++;
    const changes = saved === null ? [] : diffSnapshots(saved, now);
    for (const c of changes) totals[c.kind]++;
    if (changes.length > 0) console.log(`${name}\n${changes.map(describe).join('\n')}`);
    if (update && (saved === null || changes.length > 0))
      writeFileSync(`${SNAPSHOTS}/${name}.json`, `${JSON.stringify(now, null, 1)}\n`);
  }
  if (update && filters.length === 0) removeStale(new Set(texts.map((t) => t.name)));
  const items = `${totals.gained} gained, ${totals.lost} lost, ${totals.changed} changed`;
  console.log(`corpus: ${texts.length} texts; ${items}; ${totals.new} without a snapshot`);
  const dirty = totals.gained + totals.lost + totals.changed + totals.new > 0;
  if (dirty && update) console.log('snapshots updated: review them with git diff tests/corpus before committing');
  return dirty && !update ? 1 : 0;
}

function describe(c: SnapshotChange): string {
  if (c.kind === 'gained') return `  + ${c.key}  ${c.after}`;
  if (c.kind === 'lost') return `  - ${c.key}  ${c.before}`;
  return `  ~ ${c.key}\n      was ${c.before}\n      now ${c.after}`;
}

/** Snapshots of texts no longer in the corpus go, so that a renamed excerpt leaves nothing behind. */
function removeStale(names: Set<string>): void {
  for (const file of readdirSync(SNAPSHOTS))
    if (file.endsWith('.json') && !names.has(file.slice(0, -5))) rmSync(`${SNAPSHOTS}/${file}`);
}

process.exitCode = main(process.argv.slice(2));
