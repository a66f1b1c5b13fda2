import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealLog, StreamEvent } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { type ServerProcess, spawnServer } from '../testing/server-process.js';
import { assertContiguous, TestSocket } from '../testing/ws-client.js';

const running: ServerProcess[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

const spawn = async (env: Record<string, string>) => {
  const server = await spawnServer(env);
  running.push(server);
  return server;
};

describe('a server killed mid-processing', { timeout: 120_000 }, () => {
  it('after a restart every meal completes exactly once and a resuming socket gets it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fitiq-crash-'));
    const env = { FITIQ_DATA_DIR: dataDir, FITIQ_JOB_LEASE_MS: '300', FITIQ_JOB_POLL_MS: '50' };
    // The first life processes slowly, so the kill lands while every job is mid-flight.
    const first = await spawn({ ...env, FITIQ_PROCESSING_DELAY_MS: '60000' });
    const { access_token: token } = await registerUser(first.url);
    const socket = await TestSocket.connect(first.url, token, 0);
    const meals: MealLog[] = [];
    for (const text of ['2 eggs', 'a banana', 'a bowl of rice'])
      meals.push((await logMeal(first.url, token, text)).body);
    await socket.waitFor(() => socket.events.length >= 3);
    const cursor = (socket.events.at(-1) as StreamEvent).seq;

    first.child.kill('SIGKILL');
    await first.exited;
    await socket.waitForClose();

    const second = await spawn({ ...env, FITIQ_PROCESSING_DELAY_MS: '0' });
    const resumed = await TestSocket.connect(second.url, token, cursor);
    await resumed.waitFor(() => resumed.events.filter((e) => e.type === 'meal_log.completed').length >= 3);

    for (const meal of meals) {
      const completions = resumed.events.filter(
        (e) => e.type === 'meal_log.completed' && e.data.meal_log.id === meal.id,
      );
      expect(completions).toHaveLength(1);
      const stored = await request<MealLog>(second.url, 'GET', `/api/v1/meal-logs/${meal.id}`, { token });
      expect(stored.body.status).toBe('completed');
    }
    assertContiguous(resumed.events, cursor);
    // Nothing more arrives: the whole stream is the three created and three completed events.
    const all = await request<{ events: StreamEvent[] }>(second.url, 'GET', '/api/v1/events?after=0', {
      token,
    });
    expect(all.body.events.map((e) => e.type).sort()).toEqual([
      'meal_log.completed',
      'meal_log.completed',
      'meal_log.completed',
      'meal_log.created',
      'meal_log.created',
      'meal_log.created',
    ]);
    resumed.close();
  });

  it('SIGTERM shuts down gracefully: sockets get 1001 and the process exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fitiq-term-'));
    const server = await spawn({
      FITIQ_DATA_DIR: dataDir,
      FITIQ_PROCESSING_DELAY_MS: '60000',
      FITIQ_SHUTDOWN_GRACE_MS: '100',
    });
    const { access_token: token } = await registerUser(server.url);
    const socket = await TestSocket.connect(server.url, token, 0);
    await logMeal(server.url, token, 'toast');
    server.child.kill('SIGTERM');
    expect(await socket.waitForClose()).toBe(1001);
    expect(await server.exited).toBe(0);
  });
});
