/**
 * Marks for the benchmarks, on the page's or the background's performance timeline. Only benchmark
 * builds (`wxt build --mode benchmark`) make them: any page can read its timeline, and marks named
 * for us would tell it that the reader uses ClaimLens. Elsewhere these calls are removed at build.
 */
const BENCHMARK = import.meta.env.MODE === 'benchmark';

export function benchmarkMark(name: string, detail?: unknown): void {
  if (BENCHMARK) performance.mark(name, { detail });
}

/** A measure from `start` to now, replacing an earlier one of that name. */
export function benchmarkMeasure(name: string, start: number, detail?: unknown): void {
  if (!BENCHMARK) return;
  performance.clearMeasures(name);
  performance.measure(name, { start, detail });
}
