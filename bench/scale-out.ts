import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, spawnServer } from '@fitiq/server/testing';
import { REDIS_URL, scaleOutServicesAvailable } from '../packages/server/src/testing/services.js';
import {
  createPostgresDatabase,
  postgresAvailable,
} from '../packages/server/src/testing/storage-dialects.js';
import { startBenchServer, stopBenchServer } from './lib/bench-server.js';
import { completionCollector, driveMeals, waitForCount } from './lib/delivery.js';
import { closeFleet, openFleet } from './lib/socket-fleet.js';
import { fmt, percentile, printTable } from './lib/stats.js';
import { registerUsers } from './lib/users.js';

type Options = { sockets: number; users: number; mealsPerSecond: number; seconds: number };
type Topology = {
  name: string;
  postUrls: string[];
  socketUrls: string[];
  nodes: ServerProcess[];
  cleanup: () => Promise<void>;
};

const NODE_ENV = { FITIQ_RATE_LIMIT: 'off', FITIQ_LOG_LEVEL: 'warn', FITIQ_MAX_CONNECTIONS_PER_USER: '100' };

const spawnNode = (env: Record<string, string>) =>
  spawnServer({ ...NODE_ENV, FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-bench-node-')), ...env });

const sqliteSingle = async (): Promise<Topology> => {
  const node = await startBenchServer();
  return {
    name: 'SQLite, 1 node',
    postUrls: [node.url],
    socketUrls: [node.url],
    nodes: [node],
    cleanup: async () => {},
  };
};

const postgresSingle = async (): Promise<Topology> => {
  const database = await createPostgresDatabase();
  const node = await spawnNode({ DATABASE_URL: database.url });
  return {
    name: 'PostgreSQL, 1 node',
    postUrls: [node.url],
    socketUrls: [node.url],
    nodes: [node],
    cleanup: database.drop,
  };
};

const postgresRedisTwoRealtime = async (): Promise<Topology> => {
  const database = await createPostgresDatabase();
  const shared = {
    DATABASE_URL: database.url,
    REDIS_URL,
    FITIQ_JWT_SECRET: 'bench-secret-shared-by-all-nodes',
  };
  const api = await spawnNode({ ...shared, FITIQ_ROLES: 'api,worker' });
  const realtimeA = await spawnNode({ ...shared, FITIQ_ROLES: 'realtime' });
  const realtimeB = await spawnNode({ ...shared, FITIQ_ROLES: 'realtime' });
  return {
    name: 'PostgreSQL + Redis, api/worker node + 2 realtime nodes',
    postUrls: [api.url],
    socketUrls: [realtimeA.url, realtimeB.url],
    nodes: [api, realtimeA, realtimeB],
    cleanup: database.drop,
  };
};

const measure = async (
  topology: Topology,
  { sockets: count, users: userCount, mealsPerSecond, seconds }: Options,
) => {
  const users = await registerUsers(topology.postUrls[0] as string, userCount);
  const collector = completionCollector();
  const perUrl = Math.ceil(count / topology.socketUrls.length);
  const fleets = [];
  let opened = 0;
  for (const url of topology.socketUrls) {
    fleets.push(
      await openFleet(
        `${url.replace('http', 'ws')}/api/v1/realtime`,
        Math.min(perUrl, count - opened),
        () => {
          const user = users[opened++ % users.length] as { id: string; token: string };
          return { frame: JSON.stringify({ type: 'hello', token: user.token, after: 0 }), userId: user.id };
        },
        collector.onFrame,
        (data) => data.startsWith('{"type":"ready"'),
      ),
    );
  }
  const started = Date.now();
  const rate = await driveMeals({ postUrls: topology.postUrls, users, mealsPerSecond, seconds });
  const expected = mealsPerSecond * seconds * (count / users.length);
  await waitForCount(() => collector.receipts, expected, 30_000);
  const deliveredPerSecond = collector.receipts / ((Date.now() - started) / 1000);
  for (const fleet of fleets) closeFleet(fleet);
  return {
    delivered: collector.receipts / expected,
    p50: percentile(collector.latencies, 50),
    p99: percentile(collector.latencies, 99),
    rate,
    deliveredPerSecond,
  };
};

/** One node vs two realtime nodes on PostgreSQL + Redis, and SQLite vs PostgreSQL on one node, in one run. */
export const benchScaleOut = async (options: Options) => {
  if (!(await postgresAvailable()) || !(await scaleOutServicesAvailable())) {
    console.warn('\n[bench] SKIPPING scale-out: PostgreSQL or Redis is unreachable');
    return;
  }
  const rows: string[][] = [];
  for (const build of [sqliteSingle, postgresSingle, postgresRedisTwoRealtime]) {
    const topology = await build();
    try {
      const r = await measure(topology, options);
      rows.push([
        topology.name,
        `${fmt(r.delivered * 100)}%`,
        fmt(r.p50),
        fmt(r.p99),
        fmt(r.rate),
        fmt(r.deliveredPerSecond, 0),
      ]);
    } finally {
      for (const node of topology.nodes) await stopBenchServer(node);
      await topology.cleanup();
    }
  }
  printTable(
    `Scale-out: ${fmt(options.sockets, 0)} sockets (${options.users} users), ${options.mealsPerSecond} meals/s for ${options.seconds} s`,
    ['topology', 'delivered', 'p50 ms', 'p99 ms', 'meals/s posted', 'completions delivered/s'],
    rows,
  );
};
