/**
 * The realistic baseline, the stack a team would build instead of FitIQ: a Fastify POST writes the
 * meal and its job to SQLite in one transaction and emits `meal_log.created` over Socket.IO (with
 * connection-state recovery, `socketio-rooms.ts`); an in-process worker runs the same built-in
 * parser, writes the result and deletes the job in a second transaction, then emits
 * `meal_log.completed`. Jobs left by a previous process are picked up at start. The bench's job
 * source calls the POST through Fastify `inject`, exactly as it calls FitIQ's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealLog } from '@fitiq/contract';
import Fastify from 'fastify';
import { openMealStore } from '../baseline/sqlite-meal-store.js';
import { newMeal, parsedMeal } from './baseline-meal.js';
import { serveCommands } from './ipc.js';
import { type JobRun, runJobs } from './job-source.js';
import { createTokenBook, rawInput, verifyToken } from './shared.js';
import { createRooms, processingDelayMs, publish } from './socketio-rooms.js';

const store = openMealStore(join(mkdtempSync(join(tmpdir(), 'fitiq-compare-sqlite-')), 'meals.db'));
const app = Fastify({ logger: false });
const io = createRooms(app.server);
/** Push mode measures `meal_log.created` alone: the worker stops for good, jobs stay stored. */
let working = true;

/** The AI step, then the result and the job's removal in one transaction, then the emit. */
const processJob = (jobId: number, user: string, meal: MealLog) => {
  if (!working) return;
  const now = new Date().toISOString();
  const done = parsedMeal(meal, now);
  store.complete(jobId, done);
  publish(io, user, done.status === 'completed' ? 'meal_log.completed' : 'meal_log.failed', done, now);
};

const schedule = (jobId: number, user: string, meal: MealLog) => {
  if (processingDelayMs > 0) setTimeout(() => processJob(jobId, user, meal), processingDelayMs);
  else setImmediate(() => processJob(jobId, user, meal));
};

app.decorateRequest('userId', '');
declare module 'fastify' {
  interface FastifyRequest {
    userId: string;
  }
}

app.post<{ Body: { raw_input: string } }>(
  '/api/v1/meal-logs/natural',
  {
    schema: {
      body: {
        type: 'object',
        required: ['raw_input'],
        additionalProperties: false,
        properties: { raw_input: { type: 'string', minLength: 1, maxLength: 2000 } },
      },
    },
    preHandler: async (request, reply) => {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const user = token ? await verifyToken(token).catch(() => null) : null;
      if (!user) return reply.code(401).send({ error: 'unauthorized' });
      request.userId = user;
    },
  },
  async (request, reply) => {
    // The event's time is taken with the write, as FitIQ stamps its event inside the transaction.
    const now = new Date().toISOString();
    const meal = newMeal(request.body.raw_input, now);
    const jobId = store.insertWithJob(request.userId, meal);
    publish(io, request.userId, 'meal_log.created', meal, now);
    if (working) schedule(jobId, request.userId, meal);
    return reply.code(201).send(meal);
  },
);

const tokens = createTokenBook();

const submit = async (job: number, user: number) => {
  const answer = await app.inject({
    method: 'POST',
    url: '/api/v1/meal-logs/natural',
    headers: { authorization: `Bearer ${await tokens.token(user)}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ raw_input: rawInput(job) }),
  });
  if (answer.statusCode !== 201) throw new Error(`POST answered ${answer.statusCode}: ${answer.body}`);
};

for (const { jobId, userId, meal } of store.pending()) schedule(jobId, userId, meal);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
serveCommands(
  {
    users: ({ count }: { count: number }) => tokens.mintUpTo(count),
    jobs: (run: JobRun) => {
      if (run.mode === 'push') working = false;
      return runJobs(run, submit);
    },
    job: ({ job, user }: { job: number; user: number }) => submit(job, user),
    gc: () => (globalThis as { gc?: () => void }).gc?.(),
  },
  {
    wsUrl: `ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`,
    httpUrl: `http://127.0.0.1:${port}`,
  },
  async () => {
    await new Promise<void>((resolve) => io.close(() => resolve()));
    store.close();
  },
);
