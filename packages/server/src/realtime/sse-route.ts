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

export type SseSettings = { heartbeatMs: number };

/** How a stream learns that its session ended: at once from this node, at a heartbeat from storage. */
export type SseSessions = { revocations: Revocations; check: SessionCheck };

export const registerSseRoute = (
  app: FastifyInstance,
  reader: StreamReader,
  metrics: Metrics,
  settings: SseSettings,
  onShutdown: (close: () => void) => () => void,
  sessions: SseSessions,
) => {
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
        response: { ...problemResponses(400, 401, 410, 429) },
      },
    },
    async (request, reply) => {
      const { userId } = request;
      const after = cursorOf(request.query.after, request.headers['last-event-id']);
      const stream = reader.follow(
        userId,
        after,
        (event) => {
          reply.raw.write(frame(event));
          metrics.eventsSent.inc({ transport: 'sse' });
        },
        (error) => {
          request.log.error({ err: error }, 'SSE stream failed');
          reply.raw.destroy();
        },
      );
      const cursor = await reader.checkCursor(userId, after);
      if (!cursor.valid) {
        stream.stop();
        throw cursorExpired(cursor.head);
      }

      reply.hijack();
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

      const end = () => reply.raw.end();
      const { sessionId } = request;
      // A signed-out or revoked session stops hearing the user's events, like its sockets (4001).
      const heartbeat = setInterval(() => {
        reply.raw.write(': heartbeat\n\n');
        sessions.check.isActive(sessionId).then(
          (alive) => alive || end(),
          () => {},
        );
      }, settings.heartbeatMs);
      const forgetRevocation = sessions.revocations.on((revocation) => {
        if (revokes(revocation, userId, sessionId)) end();
      });
      const forgetShutdown = onShutdown(end);
      reply.raw.once('close', () => {
        clearInterval(heartbeat);
        forgetRevocation();
        forgetShutdown();
        stream.stop();
        metrics.openConnections.dec({ transport: 'sse' });
      });
      stream.subscription.start();
    },
  );
};
