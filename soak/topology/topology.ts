import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REDIS_URL, scaleOutServicesAvailable } from '../../packages/server/src/testing/services.js';
import { createPostgresDatabase } from '../../packages/server/src/testing/storage-dialects.js';
import type { Authority } from '../authority/authority.js';
import { postgresAuthority } from '../authority/postgres-authority.js';
import { sqliteAuthority } from '../authority/sqlite-authority.js';
import { freePort } from './free-port.js';
import { type RestartableNode, restartableNode } from './node.js';
import { serverEnv } from './server-env.js';

export type Topology = {
  description: string;
  /** api + realtime (+ worker in the single-process fallback); on a fixed port. */
  api: RestartableNode;
  /** The worker-role process, killed mid-job by the chaos; null when there is only one process. */
  worker: RestartableNode | null;
  authority: Authority;
  /** Faults this topology cannot inject, to print loudly. */
  skipped: string[];
  stop(): Promise<void>;
};

/**
 * Two processes on PostgreSQL + Redis: an API+realtime node and a worker node, so that a worker can
 * die mid-job while sockets stay up, and the worker's commits reach the sockets through Redis.
 * PostgreSQL rather than one SQLite file shared by two processes: the server's SQLite adapter batches
 * commits inside one process and is documented for one node; PostgreSQL is the multi-node setup.
 */
const scaleOut = async (dataDir: string): Promise<Topology> => {
  const database = await createPostgresDatabase();
  const env = { ...serverEnv(dataDir), DATABASE_URL: database.url, REDIS_URL };
  const api = await restartableNode('api', {
    ...env,
    PORT: String(await freePort()),
    FITIQ_ROLES: 'api,realtime',
  });
  const worker = await restartableNode('worker', { ...env, PORT: '0', FITIQ_ROLES: 'worker' });
  const authority = postgresAuthority(database.url);
  return {
    description: 'PostgreSQL + Redis: 1 api+realtime process, 1 worker process',
    api,
    worker,
    authority,
    skipped: [],
    async stop() {
      await Promise.all([api.kill(), worker.kill()]);
      await authority.close();
      await database.drop();
    },
  };
};

const singleProcess = async (dataDir: string): Promise<Topology> => {
  const api = await restartableNode('api', { ...serverEnv(dataDir), PORT: String(await freePort()) });
  const authority = sqliteAuthority(join(dataDir, 'fitiq.db'));
  return {
    description: 'SQLite: 1 process with every role',
    api,
    worker: null,
    authority,
    skipped: ['SIGKILL of a separate worker process mid-job (the server kill still kills in-process jobs)'],
    async stop() {
      await api.kill();
      await authority.close();
    },
  };
};

/** The best topology this machine allows; under CI=true missing services throw instead. */
export const startTopology = async (): Promise<Topology> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fitiq-soak-'));
  let topology: Topology;
  try {
    topology = (await scaleOutServicesAvailable()) ? await scaleOut(dataDir) : await singleProcess(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...topology,
    async stop() {
      await topology.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
