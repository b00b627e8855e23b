import { distance } from 'fastest-levenshtein';

/**
 * How alike two passages are: 1 − edit distance / the longer length. (approx-string-match
 * is for finding a pattern in a text; allowed as many errors as the pattern is long, it
 * takes quadratic time per match to report where each one starts.)
 */
export function textSimilarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  const longer = Math.max(expected.length, actual.length);
  return 1 - distance(expected, actual) / longer;
}

/**
 * How well the text just before a place (`before`, a little longer than the
 * saved prefix) still ends like the saved prefix: 1 − the fewest edits that
 * turn the prefix into some ending of `before`, over the prefix's length.
 * The match must touch the place; approx-string-match finds a pattern
 * anywhere, so this small dynamic programme is written out.
 */
export function endAgreement(prefix: string, before: string): number {
  if (prefix.length === 0) return 1;
  // Reversed, the prefix must match a start of the reversed `before`, which may end anywhere.
  const p = [...prefix].reverse().join('');
  const b = [...before].reverse().join('');
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= p.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = p[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j - 1] as number) + cost, (row[j] as number) + 1, (next[j - 1] as number) + 1));
    }
    row = next;
  }
  return Math.max(0, 1 - Math.min(...row) / prefix.length);
}

/** How well the text just after a place (`after`) still starts like the saved suffix. */
export function startAgreement(suffix: string, after: string): number {
  return endAgreement([...suffix].reverse().join(''), [...after].reverse().join(''));
}
