import { setTimeout as sleep } from 'node:timers/promises';
import { io, type Socket } from 'socket.io-client';
import type { Child } from './ipc.js';
import { FitiqLeanClient } from './lean-clients.js';
import { mintToken, readCompletion, type System } from './shared.js';

/** The AI step takes this long on both sides during the race suite. */
export const RACE_PROCESSING_MS = 150;
/** Socket.IO's recovery window for this suite (its default is 2 minutes; shorter keeps the run bounded). */
export const RACE_RECOVERY_WINDOW_MS = 2000;

/** A client of either system as an app would hold it: connect, drop the network, reconnect resuming. */
type RaceClient = {
  connect(): Promise<void>;
  drop(): void;
  close(): void;
  completions: Map<number, number>;
};

const fitiqClient = async (server: Child, user: number): Promise<RaceClient> => {
  const completions = new Map<number, number>();
  const client = new FitiqLeanClient(
    String(server.info.wsUrl),
    user,
    await mintToken(user),
    (_client, { job }) => completions.set(job, (completions.get(job) ?? 0) + 1),
    () => 'meal_log.completed',
  );
  return {
    connect: () => client.connect(),
    drop: () => client.drop(),
    close: () => client.drop(),
    completions,
  };
};

/** The real socket.io-client, reconnecting by hand so the time offline is the scenario's, not the backoff's. */
const socketIoClient = async (server: Child, user: number): Promise<RaceClient> => {
  const completions = new Map<number, number>();
  const socket: Socket = io(String(server.info.httpUrl), {
    transports: ['websocket'],
    auth: { token: await mintToken(user) },
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
  socket.on('meal_log.completed', (event: unknown) => {
    const job = readCompletion(JSON.stringify(event))?.job;
    if (job !== undefined) completions.set(job, (completions.get(job) ?? 0) + 1);
  });
  return {
    connect: () =>
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
        socket.connect();
      }),
    // The transport dies under the socket (what a network drop looks like to the server).
    drop: () => socket.io.engine?.close(),
    close: () => socket.disconnect(),
    completions,
  };
};

type Trial = (
  client: RaceClient,
  submit: () => Promise<number>,
  trial: number,
  trials: number,
) => Promise<number>;

/** Each scenario: returns the job whose completion the client must receive. */
export const SCENARIOS: Record<string, Trial> = {
  'connects after the job finished (the seed issue)': async (client, submit) => {
    const job = await submit();
    await sleep(RACE_PROCESSING_MS + 300);
    await client.connect();
    return job;
  },
  'connects while the job runs': async (client, submit, trial, trials) => {
    const job = await submit();
    await sleep((RACE_PROCESSING_MS * trial) / trials);
    await client.connect();
    return job;
  },
  'reconnects before the server sent anything (socket.io#5538)': async (client, submit) => {
    await client.connect();
    client.drop();
    const job = await submit();
    await sleep(RACE_PROCESSING_MS + 300);
    await client.connect();
    return job;
  },
  'offline longer than the recovery window': async (client, submit) => {
    await client.connect();
    const first = await submit();
    const deadline = Date.now() + 5000;
    while (!client.completions.has(first) && Date.now() < deadline) await sleep(20);
    client.drop();
    const job = await submit();
    await sleep(RACE_RECOVERY_WINDOW_MS + 1000);
    await client.connect();
    return job;
  },
};

export type RaceResult = { scenario: string; delivered: number; duplicated: number; trials: number };

/** Runs `trials` of every scenario at once against `server` (users from `firstUser` on, one per trial). */
export const runRaceSuite = async (system: System, server: Child, trials: number): Promise<RaceResult[]> => {
  let nextUser = 0;
  let nextJob = 1_000_000;
  const results: RaceResult[] = [];
  await Promise.all(
    Object.entries(SCENARIOS).map(async ([scenario, trial]) => {
      const outcomes = await Promise.all(
        Array.from({ length: trials }, async (_, index) => {
          const user = nextUser++;
          const client = await (system === 'fitiq' ? fitiqClient : socketIoClient)(server, user);
          const submit = async () => {
            const job = nextJob++;
            await server.call('job', { job, user, mode: 'pipeline' });
            return job;
          };
          try {
            const job = await trial(client, submit, index, trials);
            const deadline = Date.now() + RACE_PROCESSING_MS + 3000;
            while (!client.completions.has(job) && Date.now() < deadline) await sleep(20);
            await sleep(200);
            const times = client.completions.get(job) ?? 0;
            return { delivered: times > 0 ? 1 : 0, duplicated: Math.max(0, times - 1) };
          } finally {
            client.close();
          }
        }),
      );
      results.push({
        scenario,
        trials,
        delivered: outcomes.reduce((n, o) => n + o.delivered, 0) / trials,
        duplicated: outcomes.reduce((n, o) => n + o.duplicated, 0),
      });
    }),
  );
  return Object.keys(SCENARIOS).map((s) => results.find((r) => r.scenario === s) as RaceResult);
};
