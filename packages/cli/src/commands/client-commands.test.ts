import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountExport, MealLog, StreamEvent } from '@fitiq/contract';
import type { RunningServer } from '@fitiq/server';
import { logMeal, registerUser, startTestServer, testConfig } from '@fitiq/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFitiq } from '../testing/run-fitiq.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig({ heartbeatMs: 200 }) });
});
afterAll(() => server.close());

/** Runs `fitiq <args>` as the user would (a real process), against the test server. */
const fitiq = (args: string[], env: Record<string, string> = {}) =>
  runFitiq(args, {
    FITIQ_URL: server.url,
    FITIQ_HOME: mkdtempSync(join(tmpdir(), 'fitiq-home-')),
    ...env,
  });

// Each test starts one to three `fitiq` processes; on a loaded 2-core machine one start takes up to
// 10 s, so a test of three would pass the 30 s default by waiting for nothing but the machine.
describe('the fitiq command, through the SDK, against a real server', { timeout: 90_000 }, () => {
  it('fitiq log "2 eggs and a slice of toast" --json: the completed meal on stdout, exit 0', async () => {
    const run = fitiq(['log', '2 eggs and a slice of toast', '--json']);
    expect(await run.exited).toBe(0);
    const meal = JSON.parse(run.output.stdout) as MealLog;
    expect(meal.status).toBe('completed');
    expect(meal.items.length).toBeGreaterThanOrEqual(2);
    expect(meal.totals?.calories).toBeGreaterThan(100);
  });

  it('fitiq log of text that names no food: the failed meal, exit 1', async () => {
    const run = fitiq(['log', 'qwxz blorp', '--json']);
    expect(await run.exited).toBe(1);
    const meal = JSON.parse(run.output.stdout) as MealLog;
    expect(meal.status).toBe('failed');
    expect(meal.error?.code).toBe('no_food_found');
  });

  it('fitiq login stores a token; fitiq log and fitiq today use it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'fitiq-home-'));
    const email = `cli-${Date.now()}@example.com`;
    const env = { FITIQ_HOME: home, FITIQ_PASSWORD: 'correct horse battery' };
    expect(await fitiq(['login', '--register', '--email', email], env).exited).toBe(0);
    expect(await fitiq(['log', 'a banana'], env).exited).toBe(0);
    const today = fitiq(['today', '--json', '--tz', 'UTC'], env);
    expect(await today.exited).toBe(0);
    expect(
      (JSON.parse(today.output.stdout) as { meal_logs: MealLog[] }).meal_logs.map((m) => m.raw_input),
    ).toEqual(['a banana']);
  });

  it('fitiq watch --json prints events as they happen and stops cleanly on Ctrl-C', async () => {
    const { access_token: token } = await registerUser(server.url);
    const watch = fitiq(['watch', '--json'], { FITIQ_TOKEN: token });
    await expect.poll(() => watch.output.stderr, { timeout: 20_000 }).toMatch(/fitiq: live/);
    await logMeal(server.url, token, 'an apple');
    await expect.poll(() => watch.output.stdout, { timeout: 20_000 }).toMatch(/meal_log\.completed/);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    const events = watch.output.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StreamEvent);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'meal_log.created'],
      [2, 'meal_log.completed'],
    ]);
  });

  it('a bad token: one line on stderr, exit 2, no retry loop', async () => {
    const run = fitiq(['today'], { FITIQ_TOKEN: 'not-a-token' });
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toMatch(/refused the access token/);
  });

  // Each of these runs four or five `fitiq` processes in turn.
  describe('sessions', { timeout: 120_000 }, () => {
    type Stored = Record<string, { token?: string; refresh_token?: string; email: string }>;
    const loggedIn = async () => {
      const home = mkdtempSync(join(tmpdir(), 'fitiq-home-'));
      const env = { FITIQ_HOME: home, FITIQ_PASSWORD: 'correct horse battery' };
      const email = `cli-session-${Date.now()}@example.com`;
      expect(await fitiq(['login', '--register', '--email', email], env).exited).toBe(0);
      const file = join(home, 'credentials.json');
      const read = () => (JSON.parse(readFileSync(file, 'utf8')) as Stored)[server.url];
      return { env, file, read };
    };

    it('an access token the server refuses is refreshed, and the file keeps the new pair for the next command', async () => {
      const { env, file, read } = await loggedIn();
      const before = read();
      const all = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      writeFileSync(file, JSON.stringify({ ...all, [server.url]: { ...before, token: 'refused' } }));
      expect(await fitiq(['today', '--json', '--tz', 'UTC'], env).exited).toBe(0);
      const after = read();
      expect(after?.token).not.toBe('refused');
      expect(after?.refresh_token).not.toBe(before?.refresh_token);
      expect(await fitiq(['today', '--json', '--tz', 'UTC'], env).exited).toBe(0);
    });

    it('fitiq export prints everything of the account; fitiq logout ends the session on the server', async () => {
      const { env, read } = await loggedIn();
      expect(await fitiq(['log', 'a banana'], env).exited).toBe(0);
      const exported = fitiq(['export'], env);
      expect(await exported.exited).toBe(0);
      const body = JSON.parse(exported.output.stdout) as AccountExport;
      expect(body.meal_logs.map((m) => m.raw_input)).toEqual(['a banana']);

      const session = read();
      const logout = fitiq(['logout'], env);
      expect(await logout.exited).toBe(0);
      expect(read()?.token).toBeUndefined();
      const refresh = await fetch(`${server.url}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: session?.refresh_token }),
      });
      expect(refresh.status).toBe(401);
      expect(await fitiq(['today'], env).exited).toBe(2);
    });
  });
});
