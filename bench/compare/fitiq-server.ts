/**
 * FitIQ as the benchmark runs it: the real server (`startServer`, fresh SQLite file) in its own
 * process, plus the bench's job source. Each job goes through the real POST /meal-logs/natural
 * handler (Fastify `inject`: auth, validation, one transaction with the meal, its job and the
 * `meal_log.created` event) and the real worker (built-in parser, `meal_log.completed` committed
 * through the event log). Only the TCP hop of the POST is skipped, so the job source costs the same
 * here as on the Socket.IO side, where jobs are enqueued in-process too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@fitiq/server';
import { serveCommands } from './ipc.js';
import { type JobRun, runJobs } from './job-source.js';
import { BENCH_SECRET, createTokenBook, rawInput, sessionId, userId } from './shared.js';

const config = loadConfig({
  ...process.env,
  PORT: '0',
  FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-compare-')),
  FITIQ_JWT_SECRET: BENCH_SECRET,
  FITIQ_RATE_LIMIT: 'off',
  FITIQ_LOG_LEVEL: 'warn',
  FITIQ_MAX_CONNECTIONS_PER_USER: '100',
  FITIQ_SHUTDOWN_GRACE_MS: '0',
});
const server = await startServer({ config });
const tokens = createTokenBook();
let users = 0;

/** Users are inserted directly (registering 20,000 through scrypt would take minutes of CPU). */
const ensureUsers = async (count: number) => {
  const now = new Date().toISOString();
  while (users < count) {
    const to = Math.min(count, users + 1000);
    await server.storage.transaction(async (tx) => {
      for (let i = users; i < to; i++) {
        await tx.users.insert({
          id: userId(i),
          email: `${userId(i)}@bench.invalid`,
          passwordHash: 'x',
          createdAt: now,
        });
        // The session the minted token names: FitIQ checks it on every request and handshake.
        await tx.sessions.insertFamily({
          id: sessionId(i),
          userId: userId(i),
          createdAt: now,
          expiresAt: '9999-12-31T00:00:00.000Z',
          revokedAt: null,
        });
      }
    });
    users = to;
  }
  await tokens.mintUpTo(count);
};

const submit = async (job: number, user: number) => {
  const answer = await server.app.inject({
    method: 'POST',
    url: '/api/v1/meal-logs/natural',
    headers: { authorization: `Bearer ${await tokens.token(user)}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ raw_input: rawInput(job) }),
  });
  if (answer.statusCode !== 201) throw new Error(`POST answered ${answer.statusCode}: ${answer.body}`);
};

const url = new URL(server.url);
serveCommands(
  {
    users: ({ count }: { count: number }) => ensureUsers(count),
    jobs: async (run: JobRun) => {
      // Push mode measures the committed `meal_log.created` alone: the worker stops for good.
      if (run.mode === 'push') await server.workers?.stop(0);
      return runJobs(run, submit);
    },
    job: ({ job, user }: { job: number; user: number }) => submit(job, user),
    debug: async () => ({
      active: server.workers?.activeJobs,
      pending: await server.storage.repos.jobs.countPending(),
    }),
    gc: () => (globalThis as { gc?: () => void }).gc?.(),
  },
  { wsUrl: `ws://127.0.0.1:${url.port}/api/v1/realtime`, httpUrl: server.url },
  () => server.close(),
);
