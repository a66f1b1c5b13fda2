import type { TransportKind } from '@fitiq/client/node';
import { registerUser } from '@fitiq/server/testing';
import { seededRandom } from '../random.js';
import { pause } from '../wait.js';
import { MEAL_TEXTS } from './meal-texts.js';
import { type SoakClient, startSoakClient } from './soak-client.js';

/** Per user: one client on the normal WebSocket path, one that starts on SSE, one on long-poll only. */
const TRANSPORT_MIX: ReadonlyArray<readonly TransportKind[]> = [
  ['websocket', 'sse', 'long-poll'],
  ['sse', 'long-poll'],
  ['long-poll'],
];
export const CLIENTS_PER_USER = TRANSPORT_MIX.length;

export type Fleet = {
  clients: SoakClient[];
  users: string[];
  /** Each client logs meals at random intervals until `signal` aborts; resolves when all stopped. */
  logMeals(signal: AbortSignal, seed: number): Promise<void>;
  close(): Promise<void>;
};

export const startFleet = async (apiUrl: string, count: number): Promise<Fleet> => {
  const clients: SoakClient[] = [];
  const users: string[] = [];
  let token = '';
  for (let i = 0; i < count; i++) {
    const slot = i % CLIENTS_PER_USER;
    if (slot === 0) {
      const session = await registerUser(apiUrl, `soak-${Date.now()}-${i}@example.com`);
      users.push(session.user.id);
      token = session.access_token;
    }
    const user = users.at(-1) as string;
    const transports = TRANSPORT_MIX[slot] as readonly TransportKind[];
    clients.push(await startSoakClient({ name: `c${i}:${transports[0]}`, apiUrl, user, token, transports }));
  }
  // logged_at is unique per user (1 ms apart at least): it fingerprints each submission in the database.
  const lastLoggedAt = new Map<string, number>();
  const nextLoggedAt = (user: string) => {
    const at = Math.max(Date.now(), (lastLoggedAt.get(user) ?? 0) + 1);
    lastLoggedAt.set(user, at);
    return new Date(at).toISOString();
  };
  const logLoop = async (soak: SoakClient, index: number, signal: AbortSignal, seed: number) => {
    const random = seededRandom(seed + index * 7919);
    for (;;) {
      await pause(random.int(300, 2_500), signal);
      if (signal.aborted) return;
      const loggedAt = nextLoggedAt(soak.user);
      await soak.client.log(random.pick(MEAL_TEXTS), { logged_at: loggedAt });
      soak.submitted.push({ user: soak.user, client: soak.name, loggedAt });
    }
  };
  return {
    clients,
    users,
    logMeals: async (signal, seed) => {
      await Promise.all(clients.map((soak, i) => logLoop(soak, i, signal, seed)));
    },
    close: async () => {
      await Promise.all(clients.map((soak) => soak.close()));
    },
  };
};
