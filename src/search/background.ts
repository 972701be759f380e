interface Scheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Resolves in a task of background priority, which runs only when no input, rendering or other
 * task waits (the Prioritized Task Scheduling API), else in the next task (Node, Safari).
 * Not requestIdleCallback: a callback asked for during an idle period waits for the next one,
 * up to 50 ms, which made a preload of 650 chunks take seconds.
 */
export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `tasks` in order, at most `concurrency` at a time, each starting in a background-priority
 * task: the page's input and rendering come first, and most of the browser's six connections per host
 * stay free for the fetches a query needs now. Every task runs even when one fails; the first
 * failure is then rethrown.
 */
export async function inBackground(tasks: ReadonlyArray<() => Promise<unknown>>, concurrency: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await backgroundTurn();
      await task().catch((error: unknown) => void (failure ??= { error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  if (failure) throw failure.error;
}
