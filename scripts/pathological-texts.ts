// Texts built to make a careless extractor slow: each is `n` repeats of one piece, so the work must grow
// linearly with `n`. The fuzz test runs each once for its invariants; `npm run bench:linear` times them.

export interface PathologicalText {
  name: string;
  make: (n: number) => string;
  /** Repeats giving about 1–2 MB, the size of the longest articles seen. */
  n: number;
}

/** `n` distinct capitalised names, each saying something: every one is a new speaker to resolve. */
const distinctNames = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Q${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)} said it. `,
  ).join('');

export const pathologicalTexts: PathologicalText[] = [
  {
    name: '1 MB of words without punctuation',
    make: (n) => 'troops said officials according to the ministry '.repeat(n),
    n: 21_000,
  },
  { name: '1 MB of figures with no noun', make: (n) => '3,000 12 about 7 between 5 and '.repeat(n), n: 34_000 },
  { name: '200,000 unbalanced quote marks', make: (n) => '“ said ” “ '.repeat(n), n: 50_000 },
  { name: '1.6 MB of distinct names, each saying something', make: distinctNames, n: 110_000 },
  {
    name: '2 MB of sources described between commas, in one sentence',
    make: (n) => 'According to John Smith, a professor at Yale, Stephen Moir, in charge of X, said '.repeat(n),
    n: 24_000,
  },
  {
    name: 'control characters',
    make: (n) => '\u0000\u0001 said \u0002 3,000 \u001f troops \u007f'.repeat(n),
    n: 10_000,
  },
];
