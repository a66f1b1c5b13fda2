/** Where the connection keeps its cursor (the last `seq` applied), so a restarted app resumes from it. */
export type CursorStore = {
  load(): Promise<number | null>;
  save(seq: number): Promise<void>;
};

export const memoryCursorStore = (initial: number | null = null): CursorStore => {
  let value = initial;
  return {
    load: async () => value,
    save: async (seq) => {
      value = seq;
    },
  };
};

/**
 * Writes the latest cursor without queueing one write per event: while a write is in flight, later
 * values replace each other and only the newest is written next.
 */
export class CursorSaver {
  private pending: number | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly store: CursorStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  save(seq: number): void {
    this.pending = seq;
    this.writing ??= this.drain();
  }

  /** Resolves once everything saved so far is written. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending !== null) {
        const seq = this.pending;
        this.pending = null;
        await this.store.save(seq).catch(this.onError);
      }
    } finally {
      this.writing = null;
    }
  }
}
