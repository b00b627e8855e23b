import { groupBy } from '../group-by';
import type { Figure } from './relation';
import { compareFigures, describeSubject } from './relation';

/** A figure found in one of several articles. */
export interface Member<T> {
  source: T;
  figure: Figure;
}

export interface Cluster<T> {
  topic: string;
  members: Array<Member<T>>;
}

/**
 * Groups figures that count the same quantity (agree or differ) across
 * sources: connected groups, kept when they hold figures from two sources or more.
 */
export function clusterFigures<T>(members: Array<Member<T>>): Array<Cluster<T>> {
  const parent = members.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const c = compareFigures((members[i] as Member<T>).figure, (members[j] as Member<T>).figure);
      if (c && (c.relation === 'agree' || c.relation === 'differ')) parent[root(i)] = root(j);
    }
  }
  return [...groupBy(members, (_, i) => root(i)).values()]
    .filter((g) => new Set(g.map((m) => m.source)).size > 1)
    .map((g) => ({ topic: describeSubject((g[0] as Member<T>).figure.subject), members: g }));
}
