// Order statistics for the benchmarks' repeated measurements.

/** The value below which a share `q` of the measurements fall (NaN when there are none). */
export const percentile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

export const median = (xs: number[]) => percentile(xs, 0.5);
