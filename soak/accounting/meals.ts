/**
 * Meal accounting: what the clients submitted against what the database holds. Pure, so the checker
 * itself can be tested (soak/accounting/accounting.test.ts) and shown to fail.
 */

/** One `client.log()` call. `loggedAt` is unique per user, so it fingerprints the submission. */
export type SubmittedMeal = { user: string; client: string; loggedAt: string };

export type StoredMeal = { user: string; id: string; status: string; loggedAt: string };

export type MealAccount = {
  submitted: number;
  stored: number;
  final: number;
  /** Submissions stored more than once (the Idempotency-Key failed to hold). */
  duplicated: number;
  /** Submissions not stored at all. */
  missing: number;
  /** Stored but still `processing` after the settle phase. */
  notFinal: number;
  /** Stored meals no client submitted. */
  unknown: number;
};

const FINAL = new Set(['completed', 'failed']);

/** Same instant whatever its spelling (`Z` vs `+00:00`, with or without milliseconds). */
const fingerprint = (user: string, loggedAt: string): string => `${user} ${Date.parse(loggedAt)}`;

export const accountMeals = (
  submitted: readonly SubmittedMeal[],
  stored: readonly StoredMeal[],
): MealAccount => {
  const storedBy = new Map<string, number>();
  for (const meal of stored) {
    const key = fingerprint(meal.user, meal.loggedAt);
    storedBy.set(key, (storedBy.get(key) ?? 0) + 1);
  }
  const submittedKeys = new Set(submitted.map((m) => fingerprint(m.user, m.loggedAt)));
  let duplicated = 0;
  let missing = 0;
  for (const key of submittedKeys) {
    const copies = storedBy.get(key) ?? 0;
    if (copies === 0) missing++;
    if (copies > 1) duplicated++;
  }
  const unknown = stored.filter((m) => !submittedKeys.has(fingerprint(m.user, m.loggedAt))).length;
  const final = stored.filter((m) => FINAL.has(m.status)).length;
  return {
    submitted: submitted.length,
    stored: stored.length,
    final,
    duplicated,
    // Two submissions with one fingerprint would hide a loss: count the collision as missing.
    missing: missing + (submitted.length - submittedKeys.size),
    notFinal: stored.length - final,
    unknown,
  };
};
