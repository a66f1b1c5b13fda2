import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { postgresAvailable } from './storage-dialects.js';

export const REDIS_URL = process.env.FITIQ_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const redisReachable = async (url: string): Promise<boolean> => {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
};

/**
 * Whether tests of the Redis-backed parts run. Under CI=true a missing Redis fails the run; elsewhere
 * the tests skip with one loud line.
 */
export const redisAvailable = async (what: string): Promise<boolean> => {
  if (await redisReachable(REDIS_URL)) return true;
  if (process.env.CI === 'true')
    throw new Error(`Redis is required under CI=true but ${REDIS_URL} is unreachable`);
  console.warn(`[fitiq tests] SKIPPING ${what}: Redis at ${REDIS_URL} is unreachable`);
  return false;
};

/**
 * Whether the scale-out tests run: they need PostgreSQL and Redis. Under CI=true a missing service
 * fails the run; elsewhere the tests skip with one loud line.
 */
export const scaleOutServicesAvailable = async (): Promise<boolean> => {
  const postgres = await postgresAvailable();
  const redis = await redisAvailable('scale-out tests');
  return postgres && redis;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** A Redis server of the test's own, which it may kill and restart without disturbing anyone else. */
export const startPrivateRedis = async () => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const start = async () => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    while (!(await redisReachable(url))) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return child;
  };
  let child = await start();
  return {
    url,
    async restart() {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      child = await start();
    },
    kill: () => child.kill('SIGKILL'),
    stop: () => {
      child.kill('SIGKILL');
    },
  };
};
