/**
 * Waits for a condition, re-checking it every `everyMs` (checks are cheap reads of state or of the
 * database); rejects with `what` once `timeoutMs` has passed. Never a fixed sleep standing in for it.
 */
export const waitUntil = async (
  check: () => boolean | Promise<boolean>,
  options: { timeoutMs: number; what: string; everyMs?: number },
): Promise<void> => {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}`);
    await pause(options.everyMs ?? 100);
  }
};

/** A pause for chaos timing (how long a fault lasts, when the next one comes), not for outcomes. */
export const pause = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
