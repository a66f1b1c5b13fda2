import type { MealParser, ParsedMealItem, ParseOutcome } from '../parser/meal-parser.js';

const item = (text: string): ParsedMealItem => ({
  food_id: null,
  name: text,
  quantity: 1,
  unit: 'serving',
  grams: 100,
  calories: 100,
  protein_g: 5,
  carbs_g: 10,
  fat_g: 4,
  assumed: [],
});

/**
 * A parser whose answers the test controls: each call waits until the test releases it, so "the meal
 * finishes exactly now" is a decision, not luck. Stands in only where the real parser's output is not
 * the point; it never replaces the real parser in the scenarios that check what users see.
 */
export class GatedParser implements MealParser {
  private readonly pending: Array<{ text: string; release: (outcome: ParseOutcome | Error) => void }> = [];
  private readonly arrivals: Array<() => void> = [];
  /** Why each call the worker gave up on (timeout, shutdown) was aborted, in order. */
  readonly abandoned: unknown[] = [];

  async parse(text: string, signal: AbortSignal): Promise<ParseOutcome> {
    const outcome = await new Promise<ParseOutcome | Error>((resolve, reject) => {
      const call = { text, release: resolve };
      this.pending.push(call);
      signal.addEventListener(
        'abort',
        () => {
          // An abandoned call is no longer waiting: the test's next release goes to a live one.
          const index = this.pending.indexOf(call);
          if (index >= 0) this.pending.splice(index, 1);
          this.abandoned.push(signal.reason);
          reject(signal.reason);
          for (const notify of this.arrivals.splice(0)) notify();
        },
        { once: true },
      );
      for (const notify of this.arrivals.splice(0)) notify();
    });
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /** Resolves once `count` calls have been abandoned. */
  async waitForAbandoned(count: number): Promise<void> {
    while (this.abandoned.length < count) await new Promise<void>((resolve) => this.arrivals.push(resolve));
  }

  /** Resolves once `count` calls are waiting. */
  async waitForCalls(count: number): Promise<void> {
    while (this.pending.length < count) await new Promise<void>((resolve) => this.arrivals.push(resolve));
  }

  completeNext(outcome?: ParseOutcome): string {
    const call = this.pending.shift();
    if (!call) throw new Error('no parser call is waiting');
    call.release(outcome ?? { kind: 'parsed', items: [item(call.text)] });
    return call.text;
  }

  failNext(error: Error): void {
    const call = this.pending.shift();
    if (!call) throw new Error('no parser call is waiting');
    call.release(error);
  }

  /** The texts of the calls waiting, oldest first. */
  pendingTexts(): string[] {
    return this.pending.map((call) => call.text);
  }

  get waiting(): number {
    return this.pending.length;
  }
}
