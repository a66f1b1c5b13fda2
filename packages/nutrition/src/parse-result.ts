import type { Assumption, FoodSourceRecord } from './catalog/food-view.js';

/** What every meal parser (built-in or LLM) answers. The server stores `items` as the meal's items. */

export type ParsedItem = {
  /** The database food's display name, or the model's name for foods outside the database. */
  name: string;
  quantity: number;
  /** Normalised unit: `g`, `oz`, `cup`, `slice`, `large`, ... or the food's default portion. */
  unit: string;
  grams: number;
  calories: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  fiber_g: number;
  sugars_g: number;
  sodium_mg: number;
  food_id: string | null;
  /** The USDA record the nutrients come from; null for a model's food outside the table. */
  record: FoodSourceRecord | null;
  /** 0..1: how sure the parser is of the food and the amount together. */
  confidence: number;
  source: 'database' | 'model';
  /** What the parser supplied rather than read from the text; [] when the text said it all. */
  assumed: Assumption[];
};

export type ParseResult =
  | { ok: true; items: ParsedItem[]; unknown: string[] }
  | { ok: false; code: 'no_food_found'; message: string; unknown: string[] };

/** The parser port: the server depends on this shape, whichever adapter is behind it. */
export type MealParser = {
  parse(text: string, signal?: AbortSignal): Promise<ParseResult>;
};

export function noFoodFound(unknown: string[]): ParseResult {
  const message =
    unknown.length > 0
      ? `No food we know was found; not recognised: ${unknown.join(', ')}`
      : 'The text names no food';
  return { ok: false, code: 'no_food_found', message, unknown };
}
