import {
  accountDelivery,
  accountStream,
  type DeliveryAccount,
  type StreamAccount,
} from './accounting/events.js';
import { type LatencySummary, summarizeLatency } from './accounting/latency.js';
import { accountMeals, type MealAccount } from './accounting/meals.js';
import type { SoakAccount } from './accounting/verdict.js';
import type { Authority } from './authority/authority.js';
import type { SoakClient } from './fleet/soak-client.js';

export type ClientRow = { client: SoakClient; account: DeliveryAccount; latency: LatencySummary };

export type Collected = SoakAccount & {
  outcomes: { completed: number; failed: number };
  rows: ClientRow[];
  latency: LatencySummary;
};

/** Problems seen on a client that mean a meal or the stream was given up on. */
const clientErrors = (soak: SoakClient): string[] => {
  const errors: string[] = [];
  const rejected = soak.client.outbox.records.filter((r) => r.status === 'rejected');
  if (rejected.length > 0)
    errors.push(
      `${soak.name}: the outbox gave up on ${rejected.length} meal(s) (${rejected[0]?.error?.code})`,
    );
  const { state, error } = soak.client.connection.state;
  if (state === 'closed')
    errors.push(`${soak.name}: connection closed for good (${error?.code ?? 'no error'})`);
  return errors;
};

const sumStreams = (accounts: readonly StreamAccount[]): StreamAccount =>
  accounts.reduce(
    (sum, a) => ({
      appended: sum.appended + a.appended,
      gaps: sum.gaps + a.gaps,
      badMealHistories: sum.badMealHistories + a.badMealHistories,
    }),
    { appended: 0, gaps: 0, badMealHistories: 0 },
  );

/** Reads the database and the clients' records, and accounts for every meal and every event. */
export const collect = async (clients: readonly SoakClient[], authority: Authority): Promise<Collected> => {
  // Receipts first, the database after: an event is committed before anyone receives it, so what a
  // client has now is all stored by then. Read the other way round, an event committed between the
  // two reads (a run that did not settle) would look like an event the database never had.
  const logs = new Map(clients.map((c) => [c, { ...c.log(), received: [...c.received] }]));
  const stored = await authority.meals();
  const streams = await authority.events();
  const meals: MealAccount = accountMeals(
    clients.flatMap((c) => c.submitted),
    stored,
  );
  const rows = clients.map((client) => ({
    client,
    account: accountDelivery(streams.get(client.user) ?? [], logs.get(client) ?? client.log()),
    latency: summarizeLatency(client.received),
  }));
  return {
    meals,
    stream: sumStreams([...streams.values()].map(accountStream)),
    deliveries: rows.map((r) => ({ client: r.client.name, account: r.account })),
    clientErrors: clients.flatMap(clientErrors),
    outcomes: {
      completed: stored.filter((m) => m.status === 'completed').length,
      failed: stored.filter((m) => m.status === 'failed').length,
    },
    rows,
    latency: summarizeLatency(clients.flatMap((c) => c.received)),
  };
};
