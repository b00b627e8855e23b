import table from './wordnet-nouns.json';
import type { WordnetNouns } from './wordnet-reduce';

// WordNet 3.1 (Princeton, WordNet licence), reduced by scripts/wordnet-reduce.ts to the nouns of people, groups and
// events. Not imported by match.ts: it measured no gain there and would put 1 MB into every bundle that compares.
const { lemmas, synsets } = table as unknown as WordnetNouns;

/** The synset of a noun's most frequent sense, if WordNet's reduced table has it. */
export function senseOf(noun: string): string | null {
  return Object.hasOwn(lemmas, noun) ? (lemmas[noun] ?? null) : null;
}

/** A noun under the head word of its most frequent sense: "fatality" stays, "protester" is "dissenter". */
export function headOf(noun: string): string {
  const id = senseOf(noun);
  return id ? (synsets[id]?.[0] ?? noun) : noun;
}

// A wider noun this high up ("person", "event", "happening") is too general to stand for a narrower one.
export const MIN_WIDER_DEPTH = 7;

/** Whether one noun's sense is the other's, or within `levels` hypernyms of it and specific enough. */
export function sameThing(a: string, b: string, levels = 1): boolean {
  if (a === b) return true;
  const sa = senseOf(a);
  const sb = senseOf(b);
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  const wider = (narrow: string, wide: string) =>
    (synsets[narrow]?.slice(2, 2 + levels) ?? []).includes(wide) && (synsets[wide]?.[1] ?? 0) >= MIN_WIDER_DEPTH;
  return wider(sa, sb) || wider(sb, sa);
}
