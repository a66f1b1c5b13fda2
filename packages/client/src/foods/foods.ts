import type { Food } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';

const KEEP = 500;

/**
 * The food table (GET /foods?q=, GET /foods/{id}). Every food seen is kept (the last few hundred):
 * an edit that picks one from a search shows its calories at once, before the server answers.
 */
export class Foods {
  private readonly seen = new Map<string, Food>();

  constructor(private readonly api: FitIQApi) {}

  /** Best match first, typo-tolerant; an empty query finds nothing (and asks nobody). */
  async search(q: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<Food[]> {
    if (!q.trim()) return [];
    const foods = await this.api.searchFoods(q.trim(), options.limit, options.signal);
    for (const food of foods) this.keep(food);
    return foods;
  }

  async get(id: string, signal?: AbortSignal): Promise<Food> {
    return this.keep(await this.api.food(id, signal));
  }

  /** A food this client has seen, without asking the server. */
  cached(id: string): Food | undefined {
    return this.seen.get(id);
  }

  private keep(food: Food): Food {
    this.seen.delete(food.id);
    this.seen.set(food.id, food);
    if (this.seen.size > KEEP) this.seen.delete(this.seen.keys().next().value as string);
    return food;
  }
}
