import type { Claim } from '../claims/types';

/** The highlighted spans of a claim: its quantities and the contents of its attributions. */
export function claimSpans(claim: Claim): Array<[number, number]> {
  return [
    ...claim.quantities.map((q): [number, number] => [q.start, q.end]),
    ...claim.attributions.map((a): [number, number] => [a.contentStart, a.contentEnd]),
  ];
}

/** Finds claims by text offset, and steps from one to the next, for hovering and keyboard navigation. */
export class ClaimIndex {
  private readonly claims: Claim[];

  constructor(claims: Claim[]) {
    this.claims = [...claims].sort((a, b) => a.start - b.start);
  }

  get size(): number {
    return this.claims.length;
  }

  /** The claim whose highlighted span holds the offset, if any. */
  at(offset: number): Claim | undefined {
    let lo = 0;
    let hi = this.claims.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.claims[mid] as Claim;
      if (offset < c.start) hi = mid - 1;
      else if (offset >= c.end) lo = mid + 1;
      else return claimSpans(c).some(([s, e]) => offset >= s && offset < e) ? c : undefined;
    }
    return undefined;
  }

  /** The first claim starting after `offset` (or the first of all, from -1), wrapping round at the end. */
  next(offset: number): Claim | undefined {
    return this.claims.find((c) => c.start > offset) ?? this.claims[0];
  }

  /** The last claim starting before `offset`, wrapping round at the start. */
  previous(offset: number): Claim | undefined {
    return this.claims.findLast((c) => c.start < offset) ?? this.claims[this.claims.length - 1];
  }
}
