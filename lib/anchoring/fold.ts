/**
 * Text with its typographic variants folded away, so that an edit that only
 * normalises quotes, dashes or spaces changes nothing we compare: curly quotes
 * become straight ones, dashes a hyphen, runs of white space (no-break spaces
 * included) one space, and invisible characters (soft hyphens, zero-width
 * spaces) nothing. `offsets[i]` is where folded character i came from.
 */
export interface Folded {
  text: string;
  offsets: number[];
}

/** Characters replaced by a plain one, by character code. */
const FOLDS = new Map<number, number>([
  ...[...'‘’‚‛′'].map((c): [number, number] => [c.charCodeAt(0), 39]),
  ...[...'“”„‟″'].map((c): [number, number] => [c.charCodeAt(0), 34]),
  ...[...'‐‑‒–—―−'].map((c): [number, number] => [c.charCodeAt(0), 45]),
]);
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPACE = /\s/;
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));

export function fold(text: string): Folded {
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (INVISIBLE.has(code)) continue;
    if (isSpace(code)) {
      if (codes[codes.length - 1] === 32) continue;
      code = 32;
    }
    codes.push(FOLDS.get(code) ?? code);
    offsets.push(i);
  }
  offsets.push(text.length);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text: out, offsets };
}

/** The folded index of an original offset: the first folded character at or after it. */
export function foldedIndex(folded: Folded, offset: number): number {
  let lo = 0;
  let hi = folded.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((folded.offsets[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
