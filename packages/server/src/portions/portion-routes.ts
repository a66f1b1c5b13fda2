import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PortionList } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../errors/app-error.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Storage } from '../storage/storage.js';
import { toPortionDto } from './portion-dto.js';

const FoodIdParams = Type.Object({ food_id: Type.String({ minLength: 1, maxLength: 64 }) });

/** The user's remembered portions: listed, and forgotten one food at a time. */
export const registerPortionRoutes = (app: FastifyInstance, storage: Storage) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/me/portions',
    {
      schema: {
        tags: ['portions'],
        summary: 'The amounts you corrected, used when a text names the food without an amount',
        security: BEARER_SECURITY,
        response: { 200: PortionList, ...problemResponses(401, 429) },
      },
    },
    async (request) => ({
      portions: (await storage.repos.portions.listForUser(request.userId)).map(toPortionDto),
    }),
  );
  api.delete(
    '/api/v1/me/portions/:food_id',
    {
      schema: {
        tags: ['portions'],
        summary: 'Forget the remembered portion of one food',
        security: BEARER_SECURITY,
        params: FoodIdParams,
        response: { 204: Type.Null({ description: 'Forgotten' }), ...problemResponses(401, 404, 429) },
      },
    },
    async (request, reply) => {
      const forgotten = await storage.transaction((tx) =>
        tx.portions.forget(request.userId, request.params.food_id),
      );
      if (!forgotten) throw notFound('Remembered portion');
      return reply.code(204).send(null);
    },
  );
};
