/**
 * Walks over a page's DOM written as generators that yield every few dozen elements, run either at once
 * (tests, the command line) or in slices of the main thread (the content script): a page of 100,000 nodes
 * walked in one go held the thread for 200–400 ms.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to their end at once. */
export function runAll<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Runs the steps, calling `pauseIfDue` at each: it returns a promise when the current slice of the thread
 * is spent (the caller measures it), which is awaited, and nothing otherwise.
 */
export async function runSliced<T>(steps: Steps<T>, pauseIfDue: () => Promise<void> | void): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    const pause = pauseIfDue();
    if (pause) await pause;
  }
}
