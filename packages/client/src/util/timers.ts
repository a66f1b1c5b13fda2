/** One resettable timeout: arming it again replaces the previous one, so a timer is never doubled. */
export class Timer {
  private handle: ReturnType<typeof setTimeout> | null = null;

  set(ms: number, run: () => void): void {
    this.clear();
    this.handle = setTimeout(() => {
      this.handle = null;
      run();
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  get armed(): boolean {
    return this.handle !== null;
  }
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. For retry waits, never in tests. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const handle = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
