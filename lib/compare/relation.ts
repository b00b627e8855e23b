import type { Quantity } from '../claims/types';
import type { Subject } from './subject';

/**
 * How a figure stands to another: the same quantity agreeing or differing
 * (a difference between two reports' dates is an update over time, `update`),
 * the same thing counted over a narrower or wider place, or related (same
 * thing, same owner, but not known to be the same quantity).
 */
export type Relation = 'agree' | 'differ' | 'narrower' | 'wider' | 'related';

export interface Comparison {
  relation: Relation;
  /** This figure over the other, when both have a value: 10,000 vs 3,000 → 3.33. */
  ratio: number | null;
  /** Why they were compared, for the UI: "same: North Korean troops in Russia". */
  reason: string;
  /** 1 for the same quantity, less for looser relations: for ranking. */
  score: number;
  /** For values that differ between reports of two days: "3,000 on 2024-10-24 → 10,000 on 2024-10-28", oldest first. */
  update?: string;
}

/** A figure with what it counts and when it was published (ISO date, or null when the page gives none). */
export interface Figure {
  quantity: Quantity;
  subject: Subject;
  publishedAt: string | null;
}

/** How figure `a` compares with figure `b`, or null when they count different things. */
export function compareFigures(a: Figure, b: Figure): Comparison | null {
  const x = a.subject;
  const y = b.subject;
  if (x.thing !== y.thing || x.increment !== y.increment) return null;
  if (x.owner && y.owner && x.owner.key !== y.owner.key) return null;
  // Different events ("launched" vs "shot down") are different figures, however alike.
  if (x.event && y.event && x.event !== y.event) return null;
  // A night's attack is compared only with reports of the same day.
  if ((x.dated || y.dated) && (!a.publishedAt || a.publishedAt.slice(0, 10) !== b.publishedAt?.slice(0, 10))) return null;

  const topic = describeSubject(x.owner ? x : y);
  if (!x.owner || !y.owner) return { relation: 'related', ratio: ratioOf(a, b), reason: `related: ${topic}`, score: 0.4 };
  const samePlace = (x.place?.key ?? null) === (y.place?.key ?? null);
  if (!samePlace) {
    if (x.place && y.place && x.place.within === y.place.key) {
      return {
        relation: 'narrower',
        ratio: ratioOf(a, b),
        reason: `narrower: ${x.place.name}, within ${y.place.name}`,
        score: 0.7,
      };
    }
    if (x.place && y.place && y.place.within === x.place.key) {
      return { relation: 'wider', ratio: ratioOf(a, b), reason: `wider: ${x.place.name}, around ${y.place.name}`, score: 0.7 };
    }
    const where = (p: Subject['place']) => p?.name ?? 'no place given';
    return {
      relation: 'related',
      ratio: ratioOf(a, b),
      reason: `related: ${topic}, ${where(x.place)} vs ${where(y.place)}`,
      score: 0.5,
    };
  }
  const agree = overlaps(rangeOf(a.quantity), rangeOf(b.quantity));
  if (agree === null) return { relation: 'related', ratio: null, reason: `same: ${topic}, no comparable value`, score: 0.6 };
  return { relation: agree ? 'agree' : 'differ', ratio: ratioOf(a, b), reason: `same: ${topic}`, score: 1 };
}

/** "North Korean troops in Russia": how a subject reads in the UI. */
export function describeSubject(s: Subject): string {
  const owner = s.owner ? `${s.owner.adjective} ` : '';
  const place = s.place ? (s.place.key === 'front' ? ` ${s.place.name}` : ` in ${s.place.name}`) : '';
  const event = s.event ? ` (${s.event})` : '';
  return `${owner}${s.thing}${place}${event}`;
}

// How far "about" reaches either side of the figure.
const APPROX = 0.1;
// How far a bound ("more than", "as high as") reaches beyond its figure: a factor of two.
const BOUND = 2;
// What vague counts cover: "thousands" is more than a thousand and fewer than ten thousand.
const VAGUE: Array<[RegExp, number, number]> = [
  [/hundreds of thousands/i, 2e5, 1e6],
  [/tens of thousands/i, 2e4, 1e5],
  [/thousands/i, 2e3, 1e4],
  [/hundreds/i, 200, 1000],
  [/dozens/i, 24, 100],
  [/millions/i, 2e6, 1e7],
];

/** The values a figure allows, given its qualifier; null when it gives none ("several"). */
function rangeOf(q: Quantity): [number, number] | null {
  if (q.value !== null) {
    const v = q.value;
    switch (q.approx) {
      case 'exact':
        return [v, v];
      case 'approx':
        return [v * (1 - APPROX), v * (1 + APPROX)];
      // News gives a bound near the figure it means: "more than 7,000" is not 30,000, "as high as 12,000" not 3,000.
      case 'min':
        return [v, v * BOUND];
      case 'max':
        return [v / BOUND, v];
      case 'vague':
        return [v, v * 10];
    }
  }
  if (q.low !== null && q.high !== null) {
    return q.approx === 'approx' ? [q.low * (1 - APPROX), q.high * (1 + APPROX)] : [q.low, q.high];
  }
  const vague = VAGUE.find(([pattern]) => pattern.test(q.text));
  return vague ? [vague[1], vague[2]] : null;
}

function overlaps(a: [number, number] | null, b: [number, number] | null): boolean | null {
  if (!a || !b) return null;
  return a[0] <= b[1] && b[0] <= a[1];
}

/** The one number a figure stands for: its value, or the middle of its range. */
export function pointOf(q: Quantity): number | null {
  if (q.value !== null) return q.value;
  if (q.low !== null && q.high !== null) return (q.low + q.high) / 2;
  return null;
}

function ratioOf(a: Figure, b: Figure): number | null {
  const x = pointOf(a.quantity);
  const y = pointOf(b.quantity);
  return x !== null && y !== null && y !== 0 ? x / y : null;
}

/**
 * A differing figure of one quantity reported on another day is an update over time, not a disagreement: "3,000 on
 * 2024-10-24 → 10,000 on 2024-10-28", in order of date. Reports of the same day (or undated) still differ.
 */
export function asUpdate(
  comparison: Comparison,
  a: Pick<Figure, 'quantity' | 'publishedAt'>,
  b: Pick<Figure, 'quantity' | 'publishedAt'>,
): Comparison {
  const [x, y] = [a.publishedAt?.slice(0, 10), b.publishedAt?.slice(0, 10)];
  if (comparison.relation !== 'differ' || !x || !y || x === y) return comparison;
  const [first, second] = x < y ? [a, b] : [b, a];
  const when = (f: Pick<Figure, 'quantity' | 'publishedAt'>) => `${f.quantity.text} on ${f.publishedAt?.slice(0, 10)}`;
  const update = `${when(first)} → ${when(second)}`;
  return { ...comparison, update, reason: `${comparison.reason.replace(/, values differ$/, '')}; update over time: ${update}` };
}
