import { parseMeal } from '@fitiq/nutrition';
import type { startTestServer } from '@fitiq/server/testing';

type MealParser = NonNullable<NonNullable<Parameters<typeof startTestServer>[0]>['parser']>;
type ParseOutcome = Awaited<ReturnType<MealParser['parse']>>;

/**
 * The real built-in parser behind a gate the test controls: while held, meals wait in "processing";
 * `release` lets them finish at a moment the test knows. Unheld, it answers at once.
 */
export class HeldParser implements MealParser {
  private held = false;
  private waiting: Array<() => void> = [];
  private arrivals: Array<() => void> = [];

  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    for (const go of this.waiting.splice(0)) go();
  }

  /** Resolves once `count` meals are waiting at the gate. */
  async waitForHeld(count: number): Promise<void> {
    while (this.waiting.length < count) await new Promise<void>((resolve) => this.arrivals.push(resolve));
  }

  async parse(text: string, signal: AbortSignal): Promise<ParseOutcome> {
    if (this.held) {
      await new Promise<void>((resolve, reject) => {
        this.waiting.push(resolve);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        for (const notify of this.arrivals.splice(0)) notify();
      });
    }
    const result = parseMeal(text);
    if (!result.ok) return { kind: 'rejected', code: result.code, message: result.message };
    return {
      kind: 'parsed',
      items: result.items.map((item) => ({
        name: item.name,
        quantity: item.quantity,
        unit: item.unit,
        grams: item.grams,
        calories: item.calories,
        protein_g: item.protein_g,
        carbs_g: item.carbs_g,
        fat_g: item.fat_g,
        food_id: item.food_id,
        assumed: item.assumed,
      })),
    };
  }
}
