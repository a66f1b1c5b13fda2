import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Goals } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { GoalsService } from './goals-service.js';

export const registerGoalsRoutes = (app: FastifyInstance, goals: GoalsService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/me/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'Your daily goals for calories and each macro; null where none is set',
        security: BEARER_SECURITY,
        response: { 200: Goals, ...problemResponses(401, 429) },
      },
    },
    async (request) => goals.get(request.userId),
  );
  api.put(
    '/api/v1/me/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'Replace your daily goals; every device follows through a goals.updated event',
        description:
          'All four fields are required, each a positive number or null (no goal). One goals.updated event, `data: {goals}`, is written in the same transaction.',
        security: BEARER_SECURITY,
        body: Goals,
        response: { 200: Goals, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request) => goals.set(request.userId, request.body),
  );
};
