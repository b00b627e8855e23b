import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** The result of a Dexie query, kept up to date while the component is shown (undefined until the first result). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect starts the query as soon as the component renders; a plain effect waits for the next frame.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => console.warn('[ClaimLens]', e) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
