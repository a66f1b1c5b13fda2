/**
 * Pure scoring functions for the parser evaluation. They take the parser's answer in the few fields
 * they read, so they are testable without the parser and keep working as its result type grows.
 */

export type UsdaDatabase = 'usda_sr28' | 'usda_fndds_2017_2018';
export type ParsedRecord = { database: UsdaDatabase; id: string };
/**
 * `record` is absent while the parser does not report USDA records at all (the food table is being
 * moved to record ids); `null` when it reports that an item has none.
 */
export type ParsedItemLike = {
  name?: string;
  calories: number;
  carbs_g: number;
  record?: ParsedRecord | null;
};
export type ParseOutcome = { ok: true; items: readonly ParsedItemLike[] } | { ok: false; code: string };

const PREFIX: Record<UsdaDatabase, string> = { usda_sr28: 'sr28', usda_fndds_2017_2018: 'fndds' };

/** A parsed record as phrases name records: `sr28:01123`, `fndds:31101010`. */
export function recordKey(record: ParsedRecord | null | undefined): string | null {
  return record ? `${PREFIX[record.database]}:${record.id}` : null;
}

/** True once any parsed item carries the `record` field, even as null. */
export function recordsReported(outcomes: readonly ParseOutcome[]): boolean {
  return outcomes.some((outcome) => outcome.ok && outcome.items.some((item) => item.record !== undefined));
}

/** One expected item: the records that count as it (its record and its alternatives). */
export type ExpectedKeys = { record: string; alternatives?: readonly string[] };

export type ItemMatch = {
  matched: number;
  expected: number;
  parsed: number;
  /** Expected records the parser did not produce (one entry per missing occurrence). */
  missing: string[];
  /** Parsed records (or `null` for items without one) that no expected item accounts for. */
  extra: (string | null)[];
};

/**
 * Matches expected against parsed items by record as multisets: two expected eggs and one parsed
 * egg match once, leaving one egg missing. An expected item also accepts its alternatives; the
 * matching is a maximum one (augmenting paths), so an alternative never steals a record that only
 * fits another item. Order does not matter.
 */
export function matchItems(expected: readonly ExpectedKeys[], parsed: readonly (string | null)[]): ItemMatch {
  const accepts = expected.map((e) => new Set([e.record, ...(e.alternatives ?? [])]));
  const owner: (number | null)[] = parsed.map(() => null);
  const tryAssign = (e: number, seen: Set<number>): boolean => {
    for (let p = 0; p < parsed.length; p++) {
      const key = parsed[p];
      if (key === null || key === undefined || seen.has(p) || !accepts[e]?.has(key)) continue;
      seen.add(p);
      const current = owner[p];
      if (current === null || current === undefined || tryAssign(current, seen)) {
        owner[p] = e;
        return true;
      }
    }
    return false;
  };
  const found = expected.map((_, e) => tryAssign(e, new Set()));
  return {
    matched: found.filter(Boolean).length,
    expected: expected.length,
    parsed: parsed.length,
    missing: expected.filter((_, e) => !found[e]).map((e) => e.record),
    extra: parsed.filter((_, p) => owner[p] === null),
  };
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

export const CARBS_TOLERANCE_G = 7.5;

export function carbsWithin(expectedCarbs: number, gotCarbs: number): boolean {
  return Math.abs(gotCarbs - expectedCarbs) <= CARBS_TOLERANCE_G;
}

/**
 * A total far beyond what the text could mean: more than 3 times the expected total and more than
 * 1,500 kcal (the "100% apple juice read as 100 juices" failure of issue 18).
 */
export function implausible(expectedKcal: number, gotKcal: number): boolean {
  return gotKcal > 3 * expectedKcal && gotKcal > 1500;
}

export function totalKcal(outcome: ParseOutcome): number {
  return outcome.ok ? outcome.items.reduce((total, item) => total + item.calories, 0) : 0;
}

export function totalCarbs(outcome: ParseOutcome): number {
  return outcome.ok ? outcome.items.reduce((total, item) => total + item.carbs_g, 0) : 0;
}

export function isNoFoodRefusal(outcome: ParseOutcome): boolean {
  return !outcome.ok && outcome.code === 'no_food_found';
}

export type Share = { count: number; total: number; rate: number | null };

export function share(count: number, total: number): Share {
  return { count, total, rate: ratio(count, total) };
}
