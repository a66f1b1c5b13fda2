import type { DeliveryAccount, StreamAccount } from './events.js';
import type { MealAccount } from './meals.js';

export type SoakAccount = {
  meals: MealAccount;
  stream: StreamAccount;
  deliveries: ReadonlyArray<{ client: string; account: DeliveryAccount }>;
  /** Client-side problems that mean loss: a meal the outbox gave up on, a connection closed for good. */
  clientErrors: readonly string[];
};

/**
 * Every reason the run failed, one line each; empty means zero loss. Raw duplicates are not a failure:
 * the SDK's dedupe by seq exists for them (a fallback overlapping a probe, a resend after reconnect).
 */
export const verdict = ({ meals, stream, deliveries, clientErrors }: SoakAccount): string[] => {
  const failures: string[] = [];
  const check = (count: number, what: string) => {
    if (count > 0) failures.push(`${count} ${what}`);
  };
  check(meals.missing, 'submitted meal(s) missing from the database');
  check(meals.duplicated, 'submitted meal(s) stored more than once');
  check(meals.notFinal, 'meal(s) still processing after the settle phase');
  check(meals.unknown, 'stored meal(s) that no client submitted');
  check(stream.gaps, 'seq(s) missing from the stored streams');
  check(stream.badMealHistories, 'meal(s) with a wrong event history (created once, final at most once)');
  for (const { client, account } of deliveries) {
    check(account.missing, `event(s) never delivered to ${client}`);
    check(account.duplicated, `event(s) delivered twice to ${client} after dedupe`);
    check(account.outOfOrder, `event(s) delivered out of order to ${client}`);
    check(account.mismatched, `event(s) delivered to ${client} that differ from the stored ones`);
    // Retention keeps everything during a soak: a reset means a valid cursor was called expired.
    check(account.resets, `reset(s) of ${client} with nothing pruned`);
  }
  for (const error of clientErrors) failures.push(error);
  return failures;
};
