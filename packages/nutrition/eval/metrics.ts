/**
 * Pure scoring functions for the parser evaluation. They take the parser's answer in the few fields
 * they read, so they are testable without the parser and keep working as its result type grows.
 */

export type ParsedItemLike = { food_id: string | null; calories: number };
export type ParseOutcome = { ok: true; items: readonly ParsedItemLike[] } | { ok: false; code: string };

export type ItemMatch = {
  matched: number;
  expected: number;
  parsed: number;
  /** Expected food ids the parser did not produce (one entry per missing occurrence). */
  missing: string[];
  /** Parsed food ids (or `null` for items outside the database) that no expected item accounts for. */
  extra: (string | null)[];
};

/**
 * Matches expected against parsed items by food id as multisets: two expected eggs and one parsed
 * egg match once, leaving one egg missing. Order does not matter.
 */
export function matchItems(expected: readonly string[], parsed: readonly (string | null)[]): ItemMatch {
  const unmatched = new Map<string, number>();
  for (const id of expected) unmatched.set(id, (unmatched.get(id) ?? 0) + 1);
  const extra: (string | null)[] = [];
  let matched = 0;
  for (const id of parsed) {
    const left = id === null ? 0 : (unmatched.get(id) ?? 0);
    if (id !== null && left > 0) {
      unmatched.set(id, left - 1);
      matched += 1;
    } else {
      extra.push(id);
    }
  }
  const missing = [...unmatched].flatMap(([id, count]) => Array<string>(count).fill(id));
  return { matched, expected: expected.length, parsed: parsed.length, missing, extra };
}

/** A share that stays honest about an empty denominator instead of inventing 0 % or 100 %. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export type PrecisionRecall = {
  matched: number;
  expected: number;
  parsed: number;
  precision: number | null;
  recall: number | null;
};

/** Item precision (matched parsed / all parsed) and recall (matched expected / all expected), pooled over phrases. */
export function precisionRecall(matches: readonly ItemMatch[]): PrecisionRecall {
  const sum = (pick: (m: ItemMatch) => number) => matches.reduce((total, m) => total + pick(m), 0);
  const matched = sum((m) => m.matched);
  const expected = sum((m) => m.expected);
  const parsed = sum((m) => m.parsed);
  return { matched, expected, parsed, precision: ratio(matched, parsed), recall: ratio(matched, expected) };
}

/** Allowed kcal error: 20 % of the expected total, but never less than 40 kcal (small meals). */
export function kcalTolerance(expectedKcal: number): number {
  return Math.max(40, 0.2 * expectedKcal);
}

export function withinTolerance(expectedKcal: number, gotKcal: number): boolean {
  return Math.abs(gotKcal - expectedKcal) <= kcalTolerance(expectedKcal);
}

/** |got - expected| / expected, as a fraction (0.1 = 10 %). Expected totals of food phrases are positive. */
export function absolutePercentageError(expectedKcal: number, gotKcal: number): number {
  if (expectedKcal <= 0) throw new RangeError(`expected kcal must be positive, got ${expectedKcal}`);
  return Math.abs(gotKcal - expectedKcal) / expectedKcal;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

export function totalKcal(outcome: ParseOutcome): number {
  return outcome.ok ? outcome.items.reduce((total, item) => total + item.calories, 0) : 0;
}

export function isNoFoodRefusal(outcome: ParseOutcome): boolean {
  return !outcome.ok && outcome.code === 'no_food_found';
}

export type Share = { count: number; total: number; rate: number | null };

/** Share of non-food phrases the parser refused with `no_food_found`; any other answer is a miss. */
export function nonFoodDetection(nonFoodOutcomes: readonly ParseOutcome[]): Share {
  const count = nonFoodOutcomes.filter(isNoFoodRefusal).length;
  return { count, total: nonFoodOutcomes.length, rate: ratio(count, nonFoodOutcomes.length) };
}

/** Food phrases the parser refused, whatever the refusal code. */
export function falseRefusals(foodOutcomes: readonly ParseOutcome[]): Share {
  const count = foodOutcomes.filter((outcome) => !outcome.ok).length;
  return { count, total: foodOutcomes.length, rate: ratio(count, foodOutcomes.length) };
}
