/**
 * Items grouped by key, keys and items in the order they came (Map.groupBy,
 * which Node 20 does not have yet). Each group grows in place: building a
 * new array per item made grouping quadratic in a group's size.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
