/**
 * The Socket.IO side both baselines share, as a team would set it up: one room per user,
 * `connectionStateRecovery` on (default window 2 minutes, `BENCH_RECOVERY_WINDOW_MS` to change it),
 * the bench's HS256 token checked in a middleware, and events in the shape FitIQ's clients read.
 */
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { MealLog } from '@fitiq/contract';
import { Server } from 'socket.io';
import { verifyToken } from './shared.js';

export const recoveryWindowMs = Number(process.env.BENCH_RECOVERY_WINDOW_MS ?? 120_000);
export const processingDelayMs = Number(process.env.BENCH_PROCESSING_DELAY_MS ?? 0);

export const createRooms = (http: HttpServer): Server => {
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
  return io;
};

/** `createdAt` first in the event: the load generator reads the first one of a frame as its commit time. */
export const publish = (io: Server, user: string, type: string, mealLog: MealLog, createdAt: string) =>
  io
    .to(`user:${user}`)
    .emit(type, { id: randomUUID(), type, created_at: createdAt, data: { meal_log: mealLog } });
