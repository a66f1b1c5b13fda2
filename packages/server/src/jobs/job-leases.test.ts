import type { MealLog, StreamEvent } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { readMetric } from '../testing/metrics-reader.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { LeaseLost } from './lease-keeper.js';

const servers: RunningServer[] = [];
afterEach(async () => {
  // The last started first: a server sharing another's storage must stop before that storage closes.
  for (const server of servers.splice(0).reverse()) await server.close();
});

const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};

const statusOf = async (url: string, token: string, id: string) =>
  (await request<MealLog>(url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body.status;

const eventTypes = async (url: string, token: string) =>
  (await request<{ events: StreamEvent[] }>(url, 'GET', '/api/v1/events?after=0', { token })).body.events.map(
    (event) => event.type,
  );

/** What another worker's claim does once it finds the lease expired: a new owner, a new attempt. */
const takeOver = (server: RunningServer) => {
  const later = Date.now() + 3_600_000;
  return server.storage.transaction((tx) =>
    tx.jobs.claim({
      owner: 'another-worker/1',
      now: new Date(later).toISOString(),
      leaseUntil: new Date(later + 60_000).toISOString(),
      limit: 1,
    }),
  );
};

describe('job leases', { timeout: 60_000 }, () => {
  it('a parse four times longer than the lease, with a second worker polling, is processed once', async () => {
    // A 40 s parse under a 10 s lease, scaled down: the lease is 1 s and the parse lasts until the
    // lease was renewed ten times (over three leases' length).
    const env = { FITIQ_JOB_LEASE_MS: '1000', FITIQ_JOB_POLL_MS: '20' };
    const slow = new GatedParser();
    const first = await start({ parser: slow, config: testConfig({}, env) });
    const idle = new GatedParser();
    const second = await start({
      parser: idle,
      storage: first.storage,
      config: testConfig({}, { ...env, FITIQ_ROLES: 'worker' }),
    });
    const { access_token: token } = await registerUser(first.url);
    const meal = (await logMeal(first.url, token, 'two eggs and toast')).body;
    await slow.waitForCalls(1);

    await expect
      .poll(() => readMetric(first.url, 'fitiq_job_lease_renewals_total'), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(10);
    slow.completeNext();
    await expect.poll(() => statusOf(first.url, token, meal.id)).toBe('completed');

    expect(idle.waiting).toBe(0);
    expect(await readMetric(second.url, 'fitiq_jobs_started_total{source="claim"}')).toBe(0);
    expect(await readMetric(first.url, 'fitiq_job_leases_lost_total{noticed_by="renewal"}')).toBe(0);
    expect(await eventTypes(first.url, token)).toEqual(['meal_log.created', 'meal_log.completed']);
  });

  it('a worker whose job was taken over stops its parse at the next renewal and writes nothing', async () => {
    const parser = new GatedParser();
    const server = await start({ parser, config: testConfig({}, { FITIQ_JOB_LEASE_MS: '300' }) });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'a banana')).body;
    await parser.waitForCalls(1);

    const [claimed] = await takeOver(server);
    expect(claimed?.job.attempts).toBe(2);
    await parser.waitForAbandoned(1);

    expect(parser.abandoned[0]).toBeInstanceOf(LeaseLost);
    expect(await readMetric(server.url, 'fitiq_job_leases_lost_total{noticed_by="renewal"}')).toBe(1);
    expect(await statusOf(server.url, token, meal.id)).toBe('processing');
    expect(await eventTypes(server.url, token)).toEqual(['meal_log.created']);
  });

  it('an outcome reached after the job was taken over is not committed (the lease fences the write)', async () => {
    // A lease of ten minutes: no renewal runs during the test, so only the commit can notice.
    const parser = new GatedParser();
    const server = await start({ parser, config: testConfig({}, { FITIQ_JOB_LEASE_MS: '600000' }) });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'a bowl of rice')).body;
    await parser.waitForCalls(1);

    await takeOver(server);
    parser.completeNext();
    await expect
      .poll(() => readMetric(server.url, 'fitiq_job_leases_lost_total{noticed_by="commit"}'))
      .toBe(1);

    expect(await statusOf(server.url, token, meal.id)).toBe('processing');
    expect(await eventTypes(server.url, token)).toEqual(['meal_log.created']);
  });
});
