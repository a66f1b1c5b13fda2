import { createNodeClient, type FitIQClient, memoryStorage, type TransportKind } from '@fitiq/client/node';
import { type FaultProxy, startFaultProxy } from '@fitiq/client/testing';
import type { ClientLog, Receipt } from '../accounting/events.js';
import type { SubmittedMeal } from '../accounting/meals.js';
import { postTimeoutFetch, SOAK_TIMING } from './client-timing.js';

export type SoakClient = {
  name: string;
  user: string;
  transports: readonly TransportKind[];
  client: FitIQClient;
  /** This client's own network: the chaos driver breaks it without touching the others. */
  proxy: FaultProxy;
  submitted: SubmittedMeal[];
  received: Receipt[];
  counts: { rawDuplicates: number; resets: number; gaps: number; errors: Map<string, number> };
  /** What the connection did, in order: printed for a client that lost something, to explain how. */
  trace: string[];
  log(): ClientLog;
  close(): Promise<void>;
};

/**
 * One SDK client behind its own fault proxy. Its cursor starts at 0 (seeded into its storage) so it
 * owes every event of its user's stream, and every receipt is recorded for the accounting.
 */
export const startSoakClient = async (spec: {
  name: string;
  apiUrl: string;
  user: string;
  token: string;
  transports: readonly TransportKind[];
}): Promise<SoakClient> => {
  const proxy = await startFaultProxy(spec.apiUrl);
  const storage = memoryStorage();
  await storage.set('cursor', { user_id: spec.user, seq: 0 });
  const client = createNodeClient({
    baseUrl: proxy.url,
    token: spec.token,
    storage,
    transports: spec.transports,
    timing: SOAK_TIMING,
    platformSignals: false,
    day: { tz: 'UTC' },
    fetch: postTimeoutFetch(5_000),
  });
  const received: Receipt[] = [];
  const counts = { rawDuplicates: 0, resets: 0, gaps: 0, errors: new Map<string, number>() };
  client.on('event', (event) =>
    received.push({
      seq: event.seq,
      id: event.id,
      receivedAt: Date.now(),
      createdAt: Date.parse(event.created_at),
    }),
  );
  const trace: string[] = [];
  client.on('diagnostic', (d) => {
    trace.push(`${new Date().toISOString().slice(11, 23)} ${JSON.stringify(d)}`);
    if (d.type === 'duplicate') counts.rawDuplicates++;
    if (d.type === 'gap') counts.gaps++;
  });
  client.on('reset', () => counts.resets++);
  client.on('error', (error) => counts.errors.set(error.code, (counts.errors.get(error.code) ?? 0) + 1));
  await client.start();
  const submitted: SubmittedMeal[] = [];
  return {
    name: spec.name,
    user: spec.user,
    transports: spec.transports,
    client,
    proxy,
    submitted,
    received,
    counts,
    trace,
    log: () => ({
      client: spec.name,
      user: spec.user,
      after: 0,
      received,
      rawDuplicates: counts.rawDuplicates,
      resets: counts.resets,
    }),
    async close() {
      await client.close();
      await proxy.close();
    },
  };
};
