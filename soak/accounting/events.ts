/**
 * Event accounting: the authoritative per-user stream (read from the database) against what each
 * client received after the SDK's dedupe. Pure functions.
 */

export type StoredEvent = { seq: number; id: string; type: string; mealId: string; createdAt: number };

/** One event as a client's `event` listener saw it. */
export type Receipt = { seq: number; id: string; receivedAt: number; createdAt: number };

export type ClientLog = {
  client: string;
  user: string;
  /** The cursor the client started from: it owes every event after it. */
  after: number;
  received: readonly Receipt[];
  /** Events the SDK saw again and dropped (its dedupe at work; not a fault). */
  rawDuplicates: number;
  resets: number;
};

export type StreamAccount = {
  appended: number;
  /** Seqs missing from the stored stream itself (1..head must be contiguous: nothing is pruned). */
  gaps: number;
  /** A meal with other than one `created` event, or more than one final event. */
  badMealHistories: number;
};

export type DeliveryAccount = {
  expected: number;
  delivered: number;
  missing: number;
  /** Delivered twice to the app, i.e. after the SDK's dedupe. */
  duplicated: number;
  outOfOrder: number;
  /** A delivered seq whose event id is not the stored one (or a seq that is not stored). */
  mismatched: number;
  rawDuplicates: number;
  resets: number;
};

const FINAL_TYPES = new Set(['meal_log.completed', 'meal_log.failed']);

/** Checks one user's stored stream: contiguous from 1 and a sane history per meal. */
export const accountStream = (events: readonly StoredEvent[]): StreamAccount => {
  const seqs = new Set(events.map((e) => e.seq));
  const head = events.reduce((max, e) => Math.max(max, e.seq), 0);
  let gaps = 0;
  for (let seq = 1; seq <= head; seq++) if (!seqs.has(seq)) gaps++;
  const perMeal = new Map<string, { created: number; final: number }>();
  for (const event of events) {
    const counts = perMeal.get(event.mealId) ?? { created: 0, final: 0 };
    if (event.type === 'meal_log.created') counts.created++;
    if (FINAL_TYPES.has(event.type)) counts.final++;
    perMeal.set(event.mealId, counts);
  }
  const badMealHistories = [...perMeal.values()].filter((c) => c.created !== 1 || c.final > 1).length;
  return { appended: events.length, gaps, badMealHistories };
};

/** Checks what one client received against its user's stored stream. */
export const accountDelivery = (stream: readonly StoredEvent[], log: ClientLog): DeliveryAccount => {
  const byseq = new Map(stream.map((e) => [e.seq, e]));
  const expected = stream.filter((e) => e.seq > log.after).map((e) => e.seq);
  const seen = new Set<number>();
  let duplicated = 0;
  let outOfOrder = 0;
  let mismatched = 0;
  let previous = log.after;
  for (const receipt of log.received) {
    if (seen.has(receipt.seq)) duplicated++;
    seen.add(receipt.seq);
    if (receipt.seq <= previous) outOfOrder++;
    previous = Math.max(previous, receipt.seq);
    if (byseq.get(receipt.seq)?.id !== receipt.id) mismatched++;
  }
  const missing = expected.filter((seq) => !seen.has(seq)).length;
  return {
    expected: expected.length,
    delivered: seen.size,
    missing,
    duplicated,
    outOfOrder,
    mismatched,
    rawDuplicates: log.rawDuplicates,
    resets: log.resets,
  };
};

/** Adds delivery accounts up (the table shows totals, failures name the client). */
export const sumDelivery = (accounts: readonly DeliveryAccount[]): DeliveryAccount =>
  accounts.reduce(
    (sum, a) => ({
      expected: sum.expected + a.expected,
      delivered: sum.delivered + a.delivered,
      missing: sum.missing + a.missing,
      duplicated: sum.duplicated + a.duplicated,
      outOfOrder: sum.outOfOrder + a.outOfOrder,
      mismatched: sum.mismatched + a.mismatched,
      rawDuplicates: sum.rawDuplicates + a.rawDuplicates,
      resets: sum.resets + a.resets,
    }),
    {
      expected: 0,
      delivered: 0,
      missing: 0,
      duplicated: 0,
      outOfOrder: 0,
      mismatched: 0,
      rawDuplicates: 0,
      resets: 0,
    },
  );
