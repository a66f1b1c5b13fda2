import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type Revocations, revokes } from '../auth/revocations.js';
import type { SessionCheck } from '../auth/session-check.js';
import { AppError } from '../errors/app-error.js';
import type { StoredEvent } from '../events/stored-event.js';
import type { StreamReader } from '../events/stream-reader.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Metrics } from '../ops/metrics.js';
import { type ConnectionLimits, givePlaceBack, takePlace } from './connection-limits.js';
import { cursorExpired } from './poll-route.js';

const SseQuery = Type.Object({ after: Type.Optional(Type.Integer({ minimum: 0 })) });
const SseHeaders = Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 32 })) });

const frame = (event: StoredEvent) => `id: ${event.seq}\nevent: ${event.type}\ndata: ${event.json}\n\n`;

/** `Last-Event-ID` (sent by a reconnecting EventSource) wins over `after`, being the newer position. */
const cursorOf = (after: number | undefined, lastEventId: string | undefined): number => {
  if (lastEventId !== undefined) {
    if (!/^\d{1,15}$/.test(lastEventId)) {
      throw new AppError('validation_failed', 'Last-Event-ID must be a non-negative integer', [
        { path: '/headers/last-event-id', message: 'must be a non-negative integer' },
      ]);
    }
    return Number(lastEventId);
  }
  return after ?? 0;
};

export type SseDeps = {
  reader: StreamReader;
  metrics: Metrics;
  heartbeatMs: number;
  /** Registers a stream to end at shutdown; returns the way to forget it. */
  onShutdown: (close: () => void) => () => void;
  /** How a stream learns that its session ended: at once from this node, at a heartbeat from storage. */
  revocations: Revocations;
  sessionCheck: SessionCheck;
  /** Shared with the WebSocket gateway: a stream counts like a socket, per user and on the node. */
  limits: ConnectionLimits;
};

export const registerSseRoute = (app: FastifyInstance, deps: SseDeps) => {
  const { reader, metrics, limits } = deps;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/events/stream',
    {
      schema: {
        tags: ['events'],
        summary: 'Server-Sent Events: the event stream after a cursor, then live',
        description: 'id: <seq>, event: <type>, data: <Event JSON>; a comment line as heartbeat.',
        security: BEARER_SECURITY,
        querystring: SseQuery,
        headers: SseHeaders,
        response: { ...problemResponses(400, 401, 410, 429, 503) },
      },
    },
    async (request, reply) => {
      const { userId } = request;
      const after = cursorOf(request.query.after, request.headers['last-event-id']);
      takePlace(limits, userId);
      const stream = reader.follow(
        userId,
        after,
        (event) => {
          reply.raw.write(frame(event));
          metrics.eventsSent.inc({ transport: 'sse' });
          metrics.users.sent(userId, 'sse');
        },
        (error) => {
          request.log.error({ err: error }, 'SSE stream failed');
          reply.raw.destroy();
        },
      );
      // What the stream holds, given back once however it ends: refused, ended by the server, or
      // the client gone, even while the cursor is still being checked below.
      const held: Array<() => void> = [() => stream.stop(), () => givePlaceBack(limits, userId)];
      let released = false;
      const release = () => {
        released = true;
        for (const giveBack of held.splice(0)) giveBack();
      };
      reply.raw.once('close', release);

      let cursor: Awaited<ReturnType<StreamReader['checkCursor']>>;
      try {
        cursor = await reader.checkCursor(userId, after);
      } catch (error) {
        release();
        throw error;
      }
      if (!cursor.valid) {
        release();
        throw cursorExpired(cursor.head);
      }

      reply.hijack();
      // The client went away while the cursor was checked: there is no one to open the stream for.
      if (released) return;
      // Headers set through the reply (CORS) are not written once hijacked: carry them over.
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (value !== undefined) reply.raw.setHeader(name, value);
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      reply.raw.write(`: ready head=${cursor.head}\n\n`);
      metrics.sseRequests.inc();
      metrics.openConnections.inc({ transport: 'sse' });
      metrics.connectionsTotal.inc({ transport: 'sse' });
      held.push(() => metrics.openConnections.dec({ transport: 'sse' }));
      metrics.users.opened(userId, 'sse');
      held.push(() => metrics.users.closed(userId, 'sse'));

      // Everything the stream holds goes first, so nothing is written after the end.
      const end = () => {
        release();
        reply.raw.end();
      };
      const { sessionId } = request;
      // A signed-out or revoked session stops hearing the user's events, like its sockets (4001).
      const heartbeat = setInterval(() => {
        reply.raw.write(': heartbeat\n\n');
        deps.sessionCheck.isActive(sessionId).then(
          (alive) => alive || end(),
          () => {},
        );
      }, deps.heartbeatMs);
      held.push(() => clearInterval(heartbeat));
      held.push(
        deps.revocations.on((revocation) => {
          if (revokes(revocation, userId, sessionId)) end();
        }),
      );
      held.push(deps.onShutdown(end));
      // Opened while the server shuts down: ended already, by the line above.
      if (released) return;
      stream.subscription.start();
    },
  );
};
