import type { Authority } from './authority/authority.js';
import type { SoakClient } from './fleet/soak-client.js';
import { waitUntil } from './wait.js';

/** What is still unsettled, one phrase per condition; empty when everything has come to rest. */
const unsettled = async (clients: readonly SoakClient[], authority: Authority): Promise<string[]> => {
  const waiting: string[] = [];
  const uploading = clients.filter((c) => c.client.outbox.records.some((r) => r.status === 'pending'));
  if (uploading.length > 0) waiting.push(`outbox not empty on ${uploading.map((c) => c.name).join(', ')}`);
  const { pending } = await authority.jobs();
  if (pending > 0)
    waiting.push(`${pending} job(s) not finished: ${(await authority.jobsBreakdown()).join('; ')}`);
  const heads = await authority.heads();
  const behind = clients.filter((c) => (c.client.connection.cursor ?? 0) < (heads.get(c.user) ?? 0));
  if (behind.length > 0) waiting.push(`cursor behind the head on ${behind.map((c) => c.name).join(', ')}`);
  const down = clients.filter((c) => !['live', 'fallback'].includes(c.client.connection.state.state));
  if (down.length > 0) waiting.push(`not connected: ${down.map((c) => c.name).join(', ')}`);
  return waiting;
};

/**
 * After the faults stop: waits until every outbox is empty, every job finished, every client is
 * connected with its cursor at its user's head. Bounded: what has not settled by then is returned
 * (and the accounting will show it as loss).
 */
export const settle = async (
  clients: readonly SoakClient[],
  authority: Authority,
  timeoutMs: number,
): Promise<string[]> => {
  let last: string[] = [];
  try {
    await waitUntil(
      async () => {
        last = await unsettled(clients, authority);
        return last.length === 0;
      },
      { timeoutMs, everyMs: 250, what: 'the system to settle' },
    );
    return [];
  } catch {
    return last.map((what) => `did not settle within ${timeoutMs / 1000} s: ${what}`);
  }
};
