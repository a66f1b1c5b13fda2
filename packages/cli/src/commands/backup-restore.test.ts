import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DayView, PollResponse, Session, StreamEvent } from '@fitiq/contract';
import {
  createFitiqDatabase,
  createSqliteFileOfAnotherApp,
  logMeal,
  registerUser,
  request,
  type ServerProcess,
  spawnServer,
} from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { runFitiq } from '../testing/run-fitiq.js';

const PASSWORD = 'correct horse battery';
/** Every meal of the test is logged on this day, so one day view lists them all. */
const DAY = '2026-03-02';
const TEXTS = ['2 eggs and a slice of toast', 'a banana', 'greek yogurt with honey', 'qwxz blorp'];

const freshDir = (name: string) => mkdtempSync(join(tmpdir(), `fitiq-${name}-`));

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  }
});

const serve = async (dataDir: string): Promise<ServerProcess> => {
  const server = await spawnServer({ FITIQ_DATA_DIR: dataDir, FITIQ_LOG_LEVEL: 'warn' });
  servers.push(server);
  return server;
};

const stop = async (server: ServerProcess, signal: 'SIGTERM' | 'SIGKILL') => {
  server.child.kill(signal);
  await server.exited;
};

/** `fitiq <args>` as an operator runs it on the server's machine: a real process, the data dir's environment. */
const fitiq = (args: string[], dataDir: string, env: Record<string, string> = {}) =>
  runFitiq(args, { FITIQ_DATA_DIR: dataDir, FITIQ_LOG_LEVEL: 'silent', ...env });

/** The whole stream of a user, from the start up to its head. */
const readStream = async (url: string, token: string): Promise<StreamEvent[]> => {
  const events: StreamEvent[] = [];
  for (;;) {
    const after = events.at(-1)?.seq ?? 0;
    const answer = await request<PollResponse>(url, 'GET', `/api/v1/events?after=${after}&limit=500`, {
      token,
    });
    expect(answer.status).toBe(200);
    events.push(...answer.body.events);
    if (answer.body.events.length === 0 || events.at(-1)?.seq === answer.body.head) return events;
  }
};

const login = async (url: string, email: string): Promise<string> => {
  const answer = await request<Session>(url, 'POST', '/api/v1/auth/login', {
    body: { email, password: PASSWORD },
  });
  expect(answer.status).toBe(200);
  return answer.body.access_token;
};

/** Users logging meals one after another, as fast as the server answers, until told to stop. */
const startLogging = (url: string, users: { token: string }[]) => {
  const acknowledged: { user: number; id: string }[] = [];
  let stopping = false;
  const loops = users.map(async ({ token }, user) => {
    for (let i = 0; !stopping; i++) {
      const answer = await logMeal(url, token, TEXTS[i % TEXTS.length] as string, {
        logged_at: `${DAY}T12:00:00Z`,
      });
      if (answer.status !== 201) throw new Error(`logging a meal answered ${answer.status}`);
      acknowledged.push({ user, id: answer.body.id });
    }
  });
  return {
    acknowledged,
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
};

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('fitiq backup and fitiq restore, with a real server', { timeout: 180_000 }, () => {
  it('a backup taken while meals are being logged, restored into a fresh data dir: a server on it has every meal and event committed before the backup began, in a consistent stream', async () => {
    const dataDir = freshDir('live');
    const server = await serve(dataDir);
    const emails = [1, 2, 3].map((n) => `backup-${n}-${Date.now()}@example.com`);
    const sessions = await Promise.all(emails.map((email) => registerUser(server.url, email)));
    const users = sessions.map((session) => ({ token: session.access_token }));
    const load = startLogging(server.url, users);
    await expect.poll(() => load.acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(60);

    // What was committed before the backup began: the meals acknowledged, and each stream to its head.
    const streamsBefore = await Promise.all(users.map(({ token }) => readStream(server.url, token)));
    const mealsBefore = [...load.acknowledged];
    const backupFile = join(freshDir('backups'), 'fitiq-backup.db');
    const backup = fitiq(['backup', backupFile], dataDir);
    const acknowledgedAtStart = load.acknowledged.length;
    expect(await backup.exited).toBe(0);
    const loggedDuringBackup = load.acknowledged.length - acknowledgedAtStart;
    await load.stop();
    expect(backup.output.stderr).toBe('');
    expect(backup.output.stdout).toMatch(
      new RegExp(
        `^fitiq: backed up ${dataDir}/fitiq\\.db to ${backupFile}: [\\d.]+ [KM]iB, [\\d,]+ meals, [\\d,]+ events, in \\d`,
      ),
    );
    // The server kept committing while the backup ran: it was taken under load, not in a pause.
    expect(loggedDuringBackup).toBeGreaterThan(0);
    console.info(
      `[backup] ${backup.output.stdout.trim()} (${loggedDuringBackup} meals logged while the command ran)`,
    );
    await stop(server, 'SIGTERM');

    const restoredDir = freshDir('restored');
    const restore = fitiq(['restore', backupFile], restoredDir);
    expect(await restore.exited).toBe(0);
    expect(restore.output.stdout).toMatch(
      /^fitiq: restored .*fitiq\.db from .*: [\d.]+ [KM]iB, [\d,]+ meals, [\d,]+ events, migration \d{4}-/,
    );
    const restored = await serve(restoredDir);

    for (const [user, email] of emails.entries()) {
      // The restored data dir has a new signing secret: the accounts are there, the old tokens are not.
      const token = await login(restored.url, email);
      const stream = await readStream(restored.url, token);
      const before = streamsBefore[user] as StreamEvent[];
      expect(stream.slice(0, before.length)).toEqual(before);
      // Cursors in order: the stream is 1, 2, 3… with no gap, and a cursor from before the backup still works.
      expect(stream.map((e) => e.seq)).toEqual(stream.map((_, i) => i + 1));
      const resumed = await request(restored.url, 'GET', `/api/v1/events?after=${before.at(-1)?.seq ?? 0}`, {
        token,
      });
      expect(resumed.status).toBe(200);

      const day = await request<DayView>(restored.url, 'GET', `/api/v1/meal-logs?date=${DAY}&tz=UTC`, {
        token,
      });
      const meals = new Map(day.body.meal_logs.map((meal) => [meal.id, meal]));
      for (const { id } of mealsBefore.filter((meal) => meal.user === user)) expect(meals.has(id)).toBe(true);
      // Every meal's events are there, in order: created first, and its outcome once it has one.
      for (const meal of meals.values()) {
        const types = stream.filter((e) => e.data.meal_log.id === meal.id).map((e) => e.type);
        expect(types[0]).toBe('meal_log.created');
        if (meal.status === 'completed') expect(types).toContain('meal_log.completed');
        if (meal.status === 'failed') expect(types).toContain('meal_log.failed');
      }
      for (const event of stream) expect(meals.has(event.data.meal_log.id)).toBe(true);
    }
  });

  it('fitiq restore is refused while a server uses the data dir, and goes through once it stopped or was killed (no stale lock)', async () => {
    const dataDir = freshDir('in-use');
    const database = join(dataDir, 'fitiq.db');
    const backupFile = join(freshDir('backups'), 'backup.db');
    let server = await serve(dataDir);
    expect(await fitiq(['backup', backupFile], dataDir).exited).toBe(0);

    const files = readdirSync(dataDir).sort();
    const refused = fitiq(['restore', backupFile], dataDir);
    expect(await refused.exited).toBe(1);
    expect(refused.output.stderr).toBe(
      `fitiq: ${database} is in use by a running FitIQ server (or \`fitiq migrate\` or \`fitiq backup\`); stop it first\n`,
    );
    expect(readdirSync(dataDir).sort()).toEqual(files);

    await stop(server, 'SIGTERM');
    const afterStop = fitiq(['restore', backupFile], dataDir);
    expect(await afterStop.exited).toBe(0);
    expect(afterStop.output.stdout).toMatch(
      /the database it replaced is kept at .*fitiq\.db\.before-restore-/,
    );

    // Killed: no chance to clean up, yet its lock went with the process.
    server = await serve(dataDir);
    await stop(server, 'SIGKILL');
    expect(await fitiq(['restore', backupFile], dataDir).exited).toBe(0);
  });

  it('fitiq restore of a missing file, a file that is not SQLite, or a SQLite file that is not FitIQ: one clear line, exit 1, nothing replaced', async () => {
    const dataDir = freshDir('bad-input');
    const database = join(dataDir, 'fitiq.db');
    await createFitiqDatabase(database);
    const inputs = freshDir('inputs');
    const notes = join(inputs, 'notes.txt');
    writeFileSync(notes, 'lunch: soup\n'.repeat(100));
    const recipes = join(inputs, 'recipes.db');
    createSqliteFileOfAnotherApp(recipes);
    const cases = [
      [join(inputs, 'missing.db'), `fitiq: there is no file at ${join(inputs, 'missing.db')}\n`],
      [notes, `fitiq: ${notes} is not a SQLite database\n`],
      [
        recipes,
        `fitiq: ${recipes} is a SQLite database, but not FitIQ's (it has no kysely_migration, users, streams, meal_logs, idempotency_keys, events table)\n`,
      ],
    ] as const;
    const before = { files: readdirSync(dataDir).sort(), db: digest(database) };
    for (const [file, message] of cases) {
      const run = fitiq(['restore', file], dataDir);
      expect(await run.exited).toBe(1);
      expect(run.output.stderr).toBe(message);
      expect({ files: readdirSync(dataDir).sort(), db: digest(database) }).toEqual(before);
    }
  });

  it('fitiq backup refuses a file that exists unless --force, and then replaces it whole', async () => {
    const dataDir = freshDir('refusals');
    await createFitiqDatabase(join(dataDir, 'fitiq.db'));
    const target = join(freshDir('backups'), 'backup.db');
    writeFileSync(target, 'an older backup');
    const refused = fitiq(['backup', target], dataDir);
    expect(await refused.exited).toBe(1);
    expect(refused.output.stderr).toBe(`fitiq: ${target} exists; give --force to replace it\n`);
    expect(readFileSync(target, 'utf8')).toBe('an older backup');
    expect(await fitiq(['backup', target, '--force'], dataDir).exited).toBe(0);
    expect(readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('with PostgreSQL configured, both refuse and point to pg_dump and point-in-time recovery, the password hidden', async () => {
    const postgres = { DATABASE_URL: 'postgres://fitiq:s3cret@127.0.0.1:1/fitiq' };
    const runs = [
      {
        run: fitiq(['backup', 'backup.db'], freshDir('pg'), postgres),
        how: /pg_dump, or continuous archiving for point-in-time recovery/,
      },
      {
        run: fitiq(['restore', 'backup.db'], freshDir('pg'), postgres),
        how: /pg_restore \(from pg_dump\), or by point-in-time recovery/,
      },
    ];
    for (const { run, how } of runs) {
      expect(await run.exited).toBe(1);
      expect(run.output.stderr).toMatch(how);
      expect(run.output.stderr).toContain('postgres://fitiq:***@127.0.0.1:1/fitiq');
      expect(run.output.stderr).not.toContain('s3cret');
    }
  });
});
