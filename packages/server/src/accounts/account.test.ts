import { Writable } from 'node:stream';
import { type AccountExport, CloseCode, type MealLog, type Session } from '@fitiq/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { createBuiltinParser } from '../parser/builtin-parser.js';
import type { Storage } from '../storage/storage.js';
import { COUNTED_DIALECTS, type RowCounts } from '../testing/counted-dialects.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { patchMeal } from '../testing/meal-edits.js';
import { postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

const withPostgres = await postgresAvailable();
const dialects = COUNTED_DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const PASSWORD = 'correct horse battery';

describe.each(dialects)('account export and deletion on $name', (dialect) => {
  let storage: Storage;
  let countRows: (userId: string) => Promise<RowCounts>;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  const parser = new GatedParser();
  const errorLogs: string[] = [];

  beforeAll(async () => {
    ({ storage, countRows, dispose } = await dialect.open());
    server = await startTestServer({
      storage,
      parser,
      config: testConfig({ logLevel: 'error' }),
      logStream: new Writable({
        write(chunk, _encoding, done) {
          errorLogs.push(String(chunk));
          done();
        },
      }),
    });
  });
  // Meals a test left processing are finished, so the next test's parser calls are its own.
  afterEach(async () => {
    while (parser.waiting > 0) parser.completeNext();
    await vi.waitFor(() => expect(server.workers?.activeJobs).toBe(0));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  const statusOf = async (token: string, id: string) =>
    (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body.status;

  /**
   * A user with a completed meal, a failed one, a deleted one, one still processing, an idempotency
   * key and a remembered portion (the completed toast corrected to 3 slices).
   */
  const populatedUser = async () => {
    const session = await registerUser(server.url);
    const token = session.access_token;
    const completed = (await logMeal(server.url, token, 'toast', { idempotencyKey: 'k-1' })).body;
    await parser.waitForCalls(1);
    parser.completeNext(await createBuiltinParser().parse('toast', new AbortController().signal));
    await vi.waitFor(async () => expect(await statusOf(token, completed.id)).toBe('completed'));
    const [toast] = (
      await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${completed.id}`, { token })
    ).body.items;
    const corrected = await patchMeal(
      server.url,
      token,
      completed.id,
      { items: [{ id: toast?.id, food_id: toast?.food_id, quantity: 3, unit: toast?.unit }] },
      2,
    );
    expect(corrected.status).toBe(200);
    const failed = (await logMeal(server.url, token, 'a chair')).body;
    await parser.waitForCalls(1);
    parser.completeNext({ kind: 'rejected', code: 'no_food_found', message: 'no food' });
    await vi.waitFor(async () => expect(await statusOf(token, failed.id)).toBe('failed'));
    const deleted = (await logMeal(server.url, token, 'tea')).body;
    await parser.waitForCalls(1);
    await request(server.url, 'DELETE', `/api/v1/meal-logs/${deleted.id}`, { token });
    parser.completeNext();
    const processing = (await logMeal(server.url, token, 'jam')).body;
    await parser.waitForCalls(1);
    return { session, token, completed, failed, processing };
  };

  const deleteAccount = (token: string, password = PASSWORD) =>
    request<{ code: string }>(server.url, 'DELETE', '/api/v1/me', { token, body: { password } });

  it('export holds the profile without secrets, every meal with its state, the retained events and the sessions', async () => {
    const { session, token, completed, failed, processing } = await populatedUser();
    const answer = await request<AccountExport>(server.url, 'GET', '/api/v1/me/export', { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="fitiq-export-${answer.body.exported_at.slice(0, 10)}.json"`,
    );
    const body = answer.body;
    expect(body.user).toEqual(session.user);
    const byId = new Map(body.meal_logs.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([completed.id, failed.id, processing.id].sort());
    expect(byId.get(completed.id)).toMatchObject({ status: 'completed', raw_input: 'toast' });
    expect(byId.get(completed.id)?.totals).not.toBeNull();
    expect(byId.get(completed.id)?.items.length).toBeGreaterThan(0);
    expect(byId.get(failed.id)).toMatchObject({ status: 'failed', error: { code: 'no_food_found' } });
    expect(byId.get(processing.id)).toMatchObject({ status: 'processing', items: [], totals: null });
    expect(body.events.map((e) => e.seq)).toEqual(body.events.map((_, i) => i + 1));
    expect(body.events.map((e) => e.type)).toContain('meal_log.deleted');
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0]?.revoked_at).toBeNull();
    expect(body.idempotency_keys).toEqual([
      expect.objectContaining({ key: 'k-1', meal_log_id: completed.id }),
    ]);
    expect(body.portions).toEqual([expect.objectContaining({ quantity: 3 })]);
    expect(body.events.map((e) => e.type)).toContain('meal_log.updated');
    const text = JSON.stringify(body);
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain(session.refresh_token.split('.')[1]);
  });

  it('a wrong password deletes nothing and answers 401 invalid_credentials', async () => {
    const { session, token } = await populatedUser();
    const before = await countRows(session.user.id);
    const answer = await deleteAccount(token, 'not my password');
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('invalid_credentials');
    expect(await countRows(session.user.id)).toEqual(before);
    expect((await request(server.url, 'GET', '/api/v1/me', { token })).status).toBe(200);
  });

  it("deletion removes every row of the user in every table and not one row of another user's", async () => {
    const victim = await populatedUser();
    parser.completeNext(); // the victim's last meal, so the bystander's parser calls are theirs
    const bystander = await populatedUser();
    const bystanderBefore = await countRows(bystander.session.user.id);
    const victimBefore = await countRows(victim.session.user.id);
    expect(victimBefore.meal_logs).toBe(3);
    expect(victimBefore.refresh_tokens).toBe(1);
    expect(victimBefore.portions).toBe(1);

    expect((await deleteAccount(victim.token)).status).toBe(204);

    const gone = await countRows(victim.session.user.id);
    expect(Object.values(gone).every((n) => n === 0)).toBe(true);
    expect(await countRows(bystander.session.user.id)).toEqual(bystanderBefore);
    const bystanderMe = await request(server.url, 'GET', '/api/v1/me', { token: bystander.token });
    expect(bystanderMe.status).toBe(200);
  });

  it("the deleted user's unexpired access token gets 401, their refresh token too, and their open socket closes with 4001", async () => {
    const session: Session = await registerUser(server.url);
    const socket = await TestSocket.connect(server.url, session.access_token, 0);
    expect((await deleteAccount(session.access_token)).status).toBe(204);
    expect(await socket.waitForClose()).toBe(CloseCode.badToken);
    for (const path of ['/api/v1/me', '/api/v1/me/export', '/api/v1/events?after=0']) {
      const answer = await request<{ code: string }>(server.url, 'GET', path, {
        token: session.access_token,
      });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('unauthorized');
    }
    const refreshed = await request(server.url, 'POST', '/api/v1/auth/refresh', {
      body: { refresh_token: session.refresh_token },
    });
    expect(refreshed.status).toBe(401);
    const login = await request(server.url, 'POST', '/api/v1/auth/login', {
      body: { email: session.user.email, password: PASSWORD },
    });
    expect(login.status).toBe(401);
  });

  it('a job in flight when the account is deleted finishes without an error and without bringing anything back', async () => {
    const session = await registerUser(server.url);
    await logMeal(server.url, session.access_token, 'an egg');
    await parser.waitForCalls(1);
    expect((await deleteAccount(session.access_token)).status).toBe(204);
    errorLogs.length = 0;

    parser.completeNext();
    await vi.waitFor(() => expect(server.workers?.activeJobs).toBe(0));
    expect(Object.values(await countRows(session.user.id)).every((n) => n === 0)).toBe(true);
    expect(errorLogs).toEqual([]);

    // The worker pool is still at work for everyone else.
    const other = await registerUser(server.url);
    const meal = (await logMeal(server.url, other.access_token, 'an apple')).body;
    await parser.waitForCalls(1);
    parser.completeNext();
    await vi.waitFor(async () => {
      const answer = await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${meal.id}`, {
        token: other.access_token,
      });
      expect(answer.body.status).toBe('completed');
    });
  });

  it('a missing password is a 400 validation_failed, and nothing is deleted', async () => {
    const session = await registerUser(server.url);
    const answer = await request<{ code: string }>(server.url, 'DELETE', '/api/v1/me', {
      token: session.access_token,
      body: {},
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
    expect((await countRows(session.user.id)).users).toBe(1);
  });
});
