/** A word, number or punctuation mark with its UTF-16 offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Abbreviations like "U.S." stay one token; a word keeps inner apostrophes and hyphens ("Russia’s", "Su-34").
const TOKEN = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐‑](?=[\p{L}\p{N}]))*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0];
    const first = word.codePointAt(0) ?? 0;
    const kind = /\d/.test(String.fromCodePoint(first)) ? 'number' : /\p{L}/u.test(word[0] ?? '') ? 'word' : 'punct';
    tokens.push({ text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length, kind });
  }
  return tokens;
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** True when b follows a with no space between ("155" + "mm", "40" + "%"). */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index of the first token starting at or after offset (tokens.length if none). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
