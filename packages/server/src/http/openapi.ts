import swagger from '@fastify/swagger';
import { GoalsUpdatedEvent, StreamEvent } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/** The OpenAPI 3.1 document is generated from the route schemas, the same ones that validate requests. */
export const registerOpenApi = async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'FitIQ API',
        version: '1.1.0',
        description:
          'Real-time meal logging. Every change appends an event to a per-user stream, read over WebSocket (/api/v1/realtime), Server-Sent Events or long-polling with one cursor. A stream carries the meal events (StreamEvent) and, since v1.1, goals.updated (GoalsUpdatedEvent); a client ignores types it does not know.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        // The events travel as stored JSON, past the response serializer: named here so the
        // document shows every shape a stream may carry.
        schemas: { StreamEvent, GoalsUpdatedEvent },
      },
    },
  });
};

export const registerOpenApiRoute = (app: FastifyInstance) => {
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
};
