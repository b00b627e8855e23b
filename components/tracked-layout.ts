/** Where a point of a tracked figure goes along the time axis. */
export interface Placed {
  x: number;
}

const DAY = 86_400_000;
// Room kept at the right for figures from pages without a publish date, and the gap between same-day points.
const UNDATED_BAND = 110;
const SPREAD = 14;

/** "2 figures", "1 source": English plurals for the counts the library writes. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Positions along the x axis, from `left` to `right`: dated points by date
 * (points of the same day spread apart, centred on it), undated ones in a
 * band of their own at the right, evenly. One day alone sits in the middle.
 */
export function layoutTimeline(
  points: Array<{ date: number; dated: boolean }>,
  left: number,
  right: number,
): { xs: number[]; datedRight: number; undatedLeft: number | null } {
  const anyUndated = points.some((p) => !p.dated);
  const anyDated = points.some((p) => p.dated);
  // Without dated points, the undated ones have the whole width.
  const datedRight = !anyUndated ? right : anyDated ? right - UNDATED_BAND : left;
  const days = points.filter((p) => p.dated).map((p) => Math.floor(p.date / DAY));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const inset = SPREAD * 2;
  const xOfDay = (day: number) =>
    last === first ? (left + datedRight) / 2 : left + inset + ((day - first) / (last - first)) * (datedRight - left - 2 * inset);
  const perDay = new Map<number, number>();
  for (const d of days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const seen = new Map<number, number>();
  const undatedCount = points.length - days.length;
  let undatedIndex = 0;
  const xs = points.map((p) => {
    if (!p.dated) {
      const band = right - datedRight;
      return datedRight + (band * ++undatedIndex) / (undatedCount + 1);
    }
    const day = Math.floor(p.date / DAY);
    const index = seen.get(day) ?? 0;
    seen.set(day, index + 1);
    return xOfDay(day) + (index - ((perDay.get(day) ?? 1) - 1) / 2) * SPREAD;
  });
  return { xs, datedRight, undatedLeft: anyUndated && anyDated ? datedRight : null };
}
