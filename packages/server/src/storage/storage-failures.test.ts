import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealLog } from '@fitiq/contract';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { createPostgresStorage } from './postgres/postgres-storage.js';
import { createSqliteStorage, type SqliteStorage } from './sqlite/sqlite-storage.js';
import { classifyStorageError } from './storage-errors.js';

type Problem = { code: string; detail: string };

const LONG_MEAL = `${'a bowl of porridge with honey and blueberries, '.repeat(20)}`.slice(0, 990);
const today = () => new Date().toISOString().slice(0, 10);

describe('the database cannot take writes', () => {
  let server: RunningServer;
  let storage: SqliteStorage;
  afterEach(async () => {
    await server?.close();
    await storage?.close();
  });

  // No worker: the only writes are the test's own.
  const start = async (options: { busyTimeoutMs?: number } = {}) => {
    const file = join(mkdtempSync(join(tmpdir(), 'fitiq-storage-')), 'fitiq.db');
    storage = createSqliteStorage(file, options);
    server = await startTestServer({ storage, config: testConfig({ roles: new Set(['api', 'realtime']) }) });
    return file;
  };

  const mealsOfToday = async (token: string) =>
    (
      await request<{ meal_logs: MealLog[] }>(server.url, 'GET', `/api/v1/meal-logs?date=${today()}`, {
        token,
      })
    ).body.meal_logs;

  it('full disk (SQLITE_FULL): /readyz 503, writes 503 storage_unavailable, nothing stored is lost, and it recovers', async () => {
    await start();
    const { access_token: token } = await registerUser(server.url);
    const stored = [];
    for (let i = 0; i < 3; i++) stored.push((await logMeal(server.url, token, `${i + 1} apples`)).body.id);

    // The file may not grow any more: the next write that needs a page fails. VACUUM first: migrations
    // leave free pages behind (a dropped table's), and a write that needs two pages fails beside one
    // free page, which readiness then cannot tell from room to write.
    storage.database.exec('VACUUM');
    const pages = storage.database.pragma('page_count', { simple: true }) as number;
    storage.database.pragma(`max_page_count = ${pages}`);
    let refused: Awaited<ReturnType<typeof logMeal>> | null = null;
    for (let i = 0; i < 200 && !refused; i++) {
      const answer = await logMeal(server.url, token, LONG_MEAL);
      if (answer.status === 201) stored.push(answer.body.id);
      else refused = answer;
    }
    if (!refused) throw new Error('200 long meals fit into a full database');
    expect(refused.status).toBe(503);
    expect((refused.body as unknown as Problem).code).toBe('storage_unavailable');
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const ready = await request<Problem>(server.url, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toMatch(/storage is full/);
    expect((await mealsOfToday(token)).map((m) => m.id).sort()).toEqual([...stored].sort());

    // Space is back.
    storage.database.pragma('max_page_count = 1073741823');
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
    const after = await logMeal(server.url, token, LONG_MEAL);
    expect(after.status).toBe(201);
    expect((await mealsOfToday(token)).map((m) => m.id).sort()).toEqual([...stored, after.body.id].sort());
  });

  it('read-only database (SQLITE_READONLY): /readyz says so, writes get 503, reads go on, and it recovers', async () => {
    await start();
    const { access_token: token } = await registerUser(server.url);
    const first = await logMeal(server.url, token, '2 eggs');
    storage.database.pragma('query_only = 1');

    const refused = await logMeal(server.url, token, '1 banana');
    expect(refused.status).toBe(503);
    expect((refused.body as unknown as Problem).code).toBe('storage_unavailable');
    const ready = await request<Problem>(server.url, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toMatch(/read-only/);
    expect((await mealsOfToday(token)).map((m) => m.id)).toEqual([first.body.id]);

    storage.database.pragma('query_only = 0');
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
    expect((await logMeal(server.url, token, '1 banana')).status).toBe(201);
  });

  it('another process holds the write lock past the busy timeout: 503 with Retry-After, then writes resume', async () => {
    const file = await start({ busyTimeoutMs: 20 });
    const { access_token: token } = await registerUser(server.url);
    const other = new SqliteDatabase(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const refused = await logMeal(server.url, token, '2 eggs');
      expect(refused.status).toBe(503);
      expect((refused.body as unknown as Problem).code).toBe('storage_unavailable');
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await request<Problem>(server.url, 'GET', '/readyz')).body.detail).toMatch(/busy/);
      other.exec('ROLLBACK');
      expect((await logMeal(server.url, token, '2 eggs')).status).toBe(201);
    } finally {
      other.close();
    }
  });
});

describe('PostgreSQL failures are storage conditions too', () => {
  it('a refused connection is "unreachable", not an internal error', async () => {
    const storage = createPostgresStorage({ connectionString: 'postgres://fitiq@127.0.0.1:1/fitiq' });
    try {
      const error = await storage.ping().then(
        () => null,
        (e: unknown) => e,
      );
      expect(classifyStorageError(error)?.kind).toBe('unreachable');
    } finally {
      await storage.close();
    }
  });

  it.each([
    ['53100', 'full'],
    ['25006', 'read_only'],
    ['40001', 'busy'],
    ['57P01', 'unreachable'],
    ['08006', 'unreachable'],
  ])('SQLSTATE %s is %s', (code, kind) => {
    expect(classifyStorageError(Object.assign(new Error('pg'), { code }))?.kind).toBe(kind);
  });

  it('constraint violations and other errors stay what they are', () => {
    expect(classifyStorageError(Object.assign(new Error('dup'), { code: '23505' }))).toBeNull();
    expect(
      classifyStorageError(Object.assign(new Error('c'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })),
    ).toBeNull();
    expect(classifyStorageError(new TypeError('bug'))).toBeNull();
  });
});
