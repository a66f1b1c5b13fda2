import swagger from '@fastify/swagger';
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
          'Real-time meal logging. Every change appends an event to a per-user stream, read over WebSocket (/api/v1/realtime), Server-Sent Events or long-polling with one cursor.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
  });
};

export const registerOpenApiRoute = (app: FastifyInstance) => {
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
};
