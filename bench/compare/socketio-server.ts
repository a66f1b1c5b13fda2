/**
 * The baseline: what a team would write with Socket.IO 4 to push meal updates. One room per user,
 * `connectionStateRecovery` on (default window 2 minutes, `BENCH_RECOVERY_WINDOW_MS` to change it),
 * the same HS256 token checked in a middleware, and the same job pipeline as FitIQ's bench entry:
 * the same job source, the same built-in parser as the AI step (after `BENCH_PROCESSING_DELAY_MS`),
 * `meal_log.created` when a job is enqueued and `meal_log.completed` with the same MealLog shape when
 * it finishes. Nothing is stored: that is the usual design, and the race suite shows what it costs.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MealItem, MealLog } from '@fitiq/contract';
import { parseMeal } from '@fitiq/nutrition';
import { Server } from 'socket.io';
import { serveCommands } from './ipc.js';
import { type JobMode, type JobRun, runJobs } from './job-source.js';
import { rawInput, userId, verifyToken } from './shared.js';

const recoveryWindowMs = Number(process.env.BENCH_RECOVERY_WINDOW_MS ?? 120_000);
const processingDelayMs = Number(process.env.BENCH_PROCESSING_DELAY_MS ?? 0);

const http = createServer();
const io = new Server(http, {
  serveClient: false,
  connectionStateRecovery: { maxDisconnectionDuration: recoveryWindowMs, skipMiddlewares: true },
});
io.use((socket, next) => {
  verifyToken(String(socket.handshake.auth.token)).then(
    (user) => {
      socket.data.userId = user;
      next();
    },
    () => next(new Error('invalid token')),
  );
});
io.on('connection', (socket) => {
  void socket.join(`user:${socket.data.userId}`);
});

const publish = (user: string, type: string, mealLog: MealLog) =>
  io.to(`user:${user}`).emit(type, {
    id: randomUUID(),
    type,
    created_at: new Date().toISOString(),
    data: { meal_log: mealLog },
  });

const sum = (items: MealItem[], key: 'calories' | 'protein_g' | 'carbs_g' | 'fat_g') =>
  Math.round(items.reduce((n, item) => n + item[key], 0) * 10) / 10;

/** The AI step: the built-in parser FitIQ's worker runs, then the completion goes to the user's room. */
const processJob = (user: string, meal: MealLog) => {
  const result = parseMeal(meal.raw_input);
  const items: MealItem[] = result.ok
    ? result.items.map(
        ({ food_id, name, quantity, unit, grams, calories, protein_g, carbs_g, fat_g, assumed }, i) => ({
          id: String(i + 1),
          food_id,
          name,
          quantity,
          unit,
          grams,
          calories,
          protein_g,
          carbs_g,
          fat_g,
          measures: [],
          assumed,
          source: 'parser' as const,
        }),
      )
    : [];
  const now = new Date().toISOString();
  const done: MealLog = result.ok
    ? {
        ...meal,
        status: 'completed',
        items,
        totals: {
          calories: sum(items, 'calories'),
          protein_g: sum(items, 'protein_g'),
          carbs_g: sum(items, 'carbs_g'),
          fat_g: sum(items, 'fat_g'),
        },
        updated_at: now,
        version: 2,
      }
    : {
        ...meal,
        status: 'failed',
        version: 2,
        error: { code: result.code, message: result.message },
        updated_at: now,
      };
  publish(user, done.status === 'completed' ? 'meal_log.completed' : 'meal_log.failed', done);
};

const submit = async (job: number, index: number, mode: JobMode = 'pipeline') => {
  const user = userId(index);
  const now = new Date().toISOString();
  const meal: MealLog = {
    id: randomUUID(),
    version: 1,
    status: 'processing',
    raw_input: rawInput(job),
    meal_type: null,
    logged_at: now,
    created_at: now,
    updated_at: now,
    items: [],
    totals: null,
    error: null,
  };
  publish(user, 'meal_log.created', meal);
  if (mode === 'push') return;
  if (processingDelayMs > 0) setTimeout(() => processJob(user, meal), processingDelayMs);
  else setImmediate(() => processJob(user, meal));
};

http.listen(0, '127.0.0.1', () => {
  const { port } = http.address() as AddressInfo;
  serveCommands(
    {
      users: () => null,
      jobs: (run: JobRun) => runJobs(run, (job, user) => submit(job, user, run.mode)),
      job: ({ job, user }: { job: number; user: number }) => submit(job, user),
      gc: () => (globalThis as { gc?: () => void }).gc?.(),
    },
    {
      wsUrl: `ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`,
      httpUrl: `http://127.0.0.1:${port}`,
    },
    () => new Promise<void>((resolve) => io.close(() => resolve())),
  );
});
