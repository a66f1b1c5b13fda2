/**
 * The upper bound: what a team would write with Socket.IO 4 to push meal updates if it stored
 * nothing. The rooms, recovery and token check of `socketio-rooms.ts`, and the same job pipeline as
 * FitIQ's bench entry: the same job source, the same built-in parser as the AI step (after
 * `BENCH_PROCESSING_DELAY_MS`), `meal_log.created` when a job is enqueued and `meal_log.completed`
 * with the same MealLog shape when it finishes. Nothing is stored, so nothing is durable either: the
 * race suite shows what that costs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MealLog } from '@fitiq/contract';
import { newMeal, parsedMeal } from './baseline-meal.js';
import { serveCommands } from './ipc.js';
import { type JobMode, type JobRun, runJobs } from './job-source.js';
import { rawInput, userId } from './shared.js';
import { createRooms, processingDelayMs, publish } from './socketio-rooms.js';

const http = createServer();
const io = createRooms(http);

/** The AI step: the built-in parser FitIQ's worker runs, then the completion goes to the user's room. */
const processJob = (user: string, meal: MealLog) => {
  const now = new Date().toISOString();
  const done = parsedMeal(meal, now);
  publish(io, user, done.status === 'completed' ? 'meal_log.completed' : 'meal_log.failed', done, now);
};

const submit = async (job: number, index: number, mode: JobMode = 'pipeline') => {
  const user = userId(index);
  const now = new Date().toISOString();
  const meal = newMeal(rawInput(job), now);
  publish(io, user, 'meal_log.created', meal, now);
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
