import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { POLL_LIMIT_DEFAULT, PollQuery, PollResponse } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { StoredEvent } from '../events/stored-event.js';
import type { StreamReader } from '../events/stream-reader.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Metrics } from '../ops/metrics.js';
import { type ConnectionLimits, givePlaceBack, takePlace } from './connection-limits.js';

export const cursorExpired = (head: number) =>
  new AppError(
    'cursor_expired',
    `The cursor is older than what the stream keeps (or beyond its head); reload with GET /api/v1/meal-logs and continue from its head (now ${head})`,
    undefined,
    undefined,
    { head },
  );

/** Events are stored as JSON text; the response is assembled from it without parsing it again. */
const pollBody = (events: readonly StoredEvent[], head: number) =>
  `{"events":[${events.map((e) => e.json).join(',')}],"head":${head}}`;

export type PollDeps = {
  reader: StreamReader;
  metrics: Metrics;
  /** Shared with sockets and streams: a poll that waits holds a connection, a listener and a timer. */
  limits: ConnectionLimits;
  /** Registers a waiting poll to be answered at shutdown; returns the way to forget it. */
  onShutdown: (close: () => void) => () => void;
};

export const registerPollRoute = (app: FastifyInstance, deps: PollDeps) => {
  const { reader, metrics, limits } = deps;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Read the event stream after a cursor; with wait > 0, hold the request until an event arrives',
        security: BEARER_SECURITY,
        querystring: PollQuery,
        response: { 200: PollResponse, ...problemResponses(400, 401, 410, 429, 503) },
      },
    },
    async (request, reply) => {
      const { userId } = request;
      const { after } = request.query;
      const limit = request.query.limit ?? POLL_LIMIT_DEFAULT;
      const waitMs = (request.query.wait ?? 0) * 1000;
      // Bound before the first await: a client that leaves at any point is noticed.
      let clientLeft = false;
      const stopWaiting = new AbortController();
      reply.raw.once('close', () => {
        clientLeft = true;
        stopWaiting.abort();
      });
      const cursor = await reader.checkCursor(userId, after);
      if (!cursor.valid) throw cursorExpired(cursor.head);

      let events = await reader.readAfter(userId, after, limit);
      if (events.length === 0 && waitMs > 0) {
        if (clientLeft) {
          // Nobody is waiting for the answer: do not hold a listener and a timer for `wait` seconds.
          metrics.pollRequests.inc({ result: 'gone' });
          return reply.hijack();
        }
        // Only a poll that is about to wait holds anything, so only it takes a place (or is refused).
        takePlace(limits, userId);
        // At shutdown the wait ends as if its time were up: the client polls again, elsewhere.
        const forget = deps.onShutdown(() => stopWaiting.abort());
        try {
          // Listen first, then look again: an event committed between the two reads still wakes us.
          const woken = reader.waitForNewer(userId, after, waitMs, stopWaiting.signal);
          events = await reader.readAfter(userId, after, limit);
          if (events.length === 0) {
            metrics.longPollsWaiting.inc();
            metrics.users.opened(userId, 'long_poll');
            await woken;
            metrics.longPollsWaiting.dec();
            metrics.users.closed(userId, 'long_poll');
            events = await reader.readAfter(userId, after, limit);
          }
        } finally {
          // However the wait ended, even by a failed read: aborting takes its listener and timer away.
          stopWaiting.abort();
          forget();
          givePlaceBack(limits, userId);
        }
      }
      const { head } = await reader.checkCursor(userId, after);
      metrics.pollRequests.inc({ result: events.length > 0 ? 'events' : 'empty' });
      metrics.eventsSent.inc({ transport: 'long_poll' }, events.length);
      if (events.length > 0) metrics.users.sent(userId, 'long_poll', events.length);
      // Already JSON text: the declared response schema documents it, the serializer must not touch it.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(pollBody(events, head) as never);
    },
  );
};
