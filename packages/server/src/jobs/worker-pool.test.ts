import type { MealLog, StreamEvent } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { SqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Jobs by status, read straight from the test server's SQLite file. */
const jobsByStatus = (storage: Storage): Record<string, number> => {
  const rows = (storage as SqliteStorage).database
    .prepare(
      'select job_status as status, count(*) as n from meal_logs where job_status is not null group by job_status',
    )
    .all() as Array<{ status: string; n: number }>;
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
};

const statusOf = async (url: string, token: string, id: string) =>
  (await request<MealLog>(url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body.status;

/** Answers the parser's calls one at a time, as they come, until every meal has completed. */
const completeInTurn = async (parser: GatedParser, meals: MealLog[], token: string) => {
  for (let i = 0; i < meals.length; i++) {
    await parser.waitForCalls(1);
    parser.completeNext();
  }
  for (const meal of meals)
    await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
};

describe('worker pool', () => {
  it('a full pool takes the queued jobs as soon as a slot frees, without waiting for the poll', async () => {
    const parser = new GatedParser();
    // A poll interval longer than the test: only the wake-ups on completion can claim the next job.
    const config = testConfig({}, { FITIQ_WORKER_CONCURRENCY: '1', FITIQ_JOB_POLL_MS: '600000' });
    server = await startTestServer({ parser, config });
    const { access_token: token } = await registerUser(server.url);
    const meals = [];
    for (const text of ['toast', 'tea', 'jam']) meals.push((await logMeal(server.url, token, text)).body);

    for (const meal of meals) {
      await parser.waitForCalls(1);
      expect(parser.waiting).toBe(1);
      parser.completeNext();
      await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
    }
  });

  it('meals logged together are parsed together, one slot each, round after round, without waiting for the poll', async () => {
    const parser = new GatedParser();
    // A poll interval longer than the test: only the wake-ups of the hand-overs can start the jobs.
    server = await startTestServer({ parser, config: testConfig({}, { FITIQ_JOB_POLL_MS: '600000' }) });
    const { access_token: token } = await registerUser(server.url);
    const texts = ['toast', 'tea', 'jam', 'eggs'];
    for (let round = 0; round < 5; round++) {
      // Sent at once, their transactions share a group commit and their jobs are handed over together.
      const meals = (await Promise.all(texts.map((text) => logMeal(server?.url ?? '', token, text)))).map(
        (answer) => answer.body,
      );
      await parser.waitForCalls(texts.length);
      for (const _ of texts) parser.completeNext();
      for (const meal of meals)
        await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
    }
  });

  it('a temporary parser failure is retried with backoff, and the meal completes once', async () => {
    const parser = new GatedParser();
    server = await startTestServer({ parser });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'an egg')).body;
    await parser.waitForCalls(1);
    parser.failNext(new Error('model overloaded'));
    await parser.waitForCalls(1);
    parser.completeNext();
    await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_job_retries_total 1/);
  });

  it('a parser call that outlasts FITIQ_PARSER_TIMEOUT_MS is aborted and retried; the meal completes once', async () => {
    const parser = new GatedParser();
    server = await startTestServer({ parser, config: testConfig({}, { FITIQ_PARSER_TIMEOUT_MS: '50' }) });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'an egg')).body;
    // The first call is never answered: the worker gives up on it and tries again. The retry is
    // answered the moment it arrives, well inside its own timeout.
    await parser.waitForCalls(1);
    await parser.waitForAbandoned(1);
    expect(parser.abandoned[0]).toMatchObject({ name: 'TimeoutError' });
    await parser.waitForCalls(1);
    parser.completeNext();
    await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_job_retries_total 1\n/);
    expect(metrics).toMatch(/fitiq_processing_outcomes_total\{outcome="completed"\} 1\n/);
  });

  it('after the last attempt fails the meal ends failed with processing_error', async () => {
    const parser = new GatedParser();
    server = await startTestServer({ parser, config: testConfig({}, { FITIQ_JOB_MAX_ATTEMPTS: '2' }) });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'an egg')).body;
    for (let attempt = 0; attempt < 2; attempt++) {
      await parser.waitForCalls(1);
      parser.failNext(new Error('still down'));
    }
    await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('failed');
    const failed = (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${meal.id}`, { token }))
      .body;
    expect(failed.error?.code).toBe('processing_error');
  });

  it('a meal logged on a node with a worker is handed straight to its pool: no claim, completed once', async () => {
    const parser = new GatedParser();
    // No poll during the test: only a handoff (or a wake-up) can start the job.
    const config = testConfig({}, { FITIQ_WORKER_CONCURRENCY: '1', FITIQ_JOB_POLL_MS: '600000' });
    server = await startTestServer({ parser, config });
    const { access_token: token } = await registerUser(server.url);
    const meal = (await logMeal(server.url, token, 'an egg')).body;
    await parser.waitForCalls(1);
    parser.completeNext();
    await expect.poll(() => statusOf(server?.url ?? '', token, meal.id)).toBe('completed');
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_jobs_started_total\{source="handoff"\} 1\n/);
    expect(metrics).not.toMatch(/fitiq_jobs_started_total\{source="claim"\}/);
    expect(await server.storage.repos.jobs.countPending()).toBe(0);
  });

  it("past the pool's places a job is queued in storage and claimed when there is room; each meal completes once", async () => {
    const parser = new GatedParser();
    // One slot and two places in waiting: the first three meals are handed over, the rest queued.
    const config = testConfig({}, { FITIQ_WORKER_CONCURRENCY: '1', FITIQ_JOB_POLL_MS: '600000' });
    server = await startTestServer({ parser, config });
    const { access_token: token } = await registerUser(server.url);
    const meals: MealLog[] = [];
    for (let i = 0; i < 5; i++) meals.push((await logMeal(server.url, token, `toast ${i}`)).body);
    await completeInTurn(parser, meals, token);
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_jobs_started_total\{source="handoff"\} 3\n/);
    expect(metrics).toMatch(/fitiq_jobs_started_total\{source="claim"\} 2\n/);
    const { events } = (
      await request<{ events: StreamEvent[] }>(server.url, 'GET', '/api/v1/events?after=0', { token })
    ).body;
    const completions = events.filter((e) => e.type === 'meal_log.completed').map((e) => e.data.meal_log.id);
    expect(completions.sort()).toEqual(meals.map((m) => m.id).sort());
  });

  it('a pool that stops gives its waiting handed-over jobs back at once: the next server runs them without waiting for the lease', async () => {
    const parser = new GatedParser();
    const env = { FITIQ_WORKER_CONCURRENCY: '1', FITIQ_JOB_LEASE_MS: '600000' };
    const config = testConfig({}, env);
    server = await startTestServer({ parser, config });
    const { access_token: token } = await registerUser(server.url);
    const meals: MealLog[] = [];
    for (const text of ['an egg', 'a banana', 'a bowl of rice'])
      meals.push((await logMeal(server.url, token, text)).body);
    await parser.waitForCalls(1);
    await server.close();

    // Same database, real parser: with a ten-minute lease, only jobs given back can run now.
    server = await startTestServer({ config: testConfig({}, { ...env, FITIQ_DATA_DIR: config.dataDir }) });
    for (const meal of meals)
      await expect
        .poll(() => statusOf(server?.url ?? '', token, meal.id), { timeout: 10_000 })
        .toBe('completed');
  });

  it('with a backlog in storage, one claim leases a job for every place in the pool; each meal completes once', async () => {
    const env = { FITIQ_WORKER_CONCURRENCY: '1', FITIQ_JOB_POLL_MS: '600000' };
    // No worker on the first server: its five meals' jobs are all queued in storage.
    const apiOnly = testConfig({}, { ...env, FITIQ_ROLES: 'api,realtime' });
    server = await startTestServer({ config: apiOnly });
    const { access_token: token } = await registerUser(server.url);
    const meals: MealLog[] = [];
    for (let i = 0; i < 5; i++) meals.push((await logMeal(server.url, token, `toast ${i}`)).body);
    expect(jobsByStatus(server.storage)).toEqual({ queued: 5 });
    await server.close();

    const parser = new GatedParser();
    server = await startTestServer({
      parser,
      config: testConfig({}, { ...env, FITIQ_DATA_DIR: apiOnly.dataDir }),
    });
    await parser.waitForCalls(1);
    // One slot and two places to wait in: the first claim leased three jobs, one of them running.
    expect(jobsByStatus(server.storage)).toEqual({ running: 3, queued: 2 });
    await completeInTurn(parser, meals, token);
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_jobs_started_total\{source="claim"\} 5\n/);
    expect(metrics).toMatch(/fitiq_processing_outcomes_total\{outcome="completed"\} 5\n/);
    expect(jobsByStatus(server.storage)).toEqual({});
  });
});
