import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { POLL_LIMIT_DEFAULT, PollQuery, PollResponse } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { StoredEvent } from '../events/stored-event.js';
import type { StreamReader } from '../events/stream-reader.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Metrics } from '../ops/metrics.js';

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

export const registerPollRoute = (app: FastifyInstance, reader: StreamReader, metrics: Metrics) => {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Read the event stream after a cursor; with wait > 0, hold the request until an event arrives',
        security: BEARER_SECURITY,
        querystring: PollQuery,
        response: { 200: PollResponse, ...problemResponses(400, 401, 410, 429) },
      },
    },
    async (request, reply) => {
      const { userId } = request;
      const { after } = request.query;
      const limit = request.query.limit ?? POLL_LIMIT_DEFAULT;
      const waitMs = (request.query.wait ?? 0) * 1000;
      // Bound before the first await: a client that leaves at any point is noticed.
      const gone = new AbortController();
      reply.raw.once('close', () => gone.abort());
      const cursor = await reader.checkCursor(userId, after);
      if (!cursor.valid) throw cursorExpired(cursor.head);

      let events = await reader.readAfter(userId, after, limit);
      if (events.length === 0 && waitMs > 0) {
        if (gone.signal.aborted) {
          // Nobody is waiting for the answer: do not hold a listener and a timer for `wait` seconds.
          metrics.pollRequests.inc({ result: 'gone' });
          return reply.hijack();
        }
        // Listen first, then look again: an event committed between the two reads still wakes us.
        const woken = reader.waitForNewer(userId, after, waitMs, gone.signal);
        events = await reader.readAfter(userId, after, limit);
        if (events.length === 0) {
          metrics.longPollsWaiting.inc();
          await woken;
          metrics.longPollsWaiting.dec();
          events = await reader.readAfter(userId, after, limit);
        } else {
          gone.abort();
        }
      }
      const { head } = await reader.checkCursor(userId, after);
      metrics.pollRequests.inc({ result: events.length > 0 ? 'events' : 'empty' });
      metrics.eventsSent.inc({ transport: 'long_poll' }, events.length);
      // Already JSON text: the declared response schema documents it, the serializer must not touch it.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(pollBody(events, head) as never);
    },
  );
};
