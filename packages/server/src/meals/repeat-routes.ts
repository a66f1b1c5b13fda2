import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CopyMealLogBody,
  MealLog,
  RECENT_MEALS_LIMIT_DEFAULT,
  RecentMeals,
  RecentMealsQuery,
} from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Storage } from '../storage/storage.js';
import type { MealCopier } from './meal-copier.js';
import { toMealLogDto } from './meal-log-record.js';
import { IdempotencyHeaders, loggedAtUtc, withETag } from './meal-routes.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** v1.1 "Repeat a meal, recent meals": log a completed meal again, and the list to pick one from. */
export const registerRepeatRoutes = (app: FastifyInstance, copier: MealCopier, storage: Storage) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/api/v1/meal-logs/:id/copy',
    {
      schema: {
        tags: ['meal logs'],
        summary: 'Log a completed meal again, completed at once with the same text and items',
        description:
          "logged_at defaults to now, meal_type to the original's. The copy's items get new ids. One meal_log.created event carries the completed copy. 404 for a meal that is not yours; 409 meal_processing or meal_failed for a meal without items to copy. Idempotency-Key: the same key answers the same copy with 200.",
        security: BEARER_SECURITY,
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CopyMealLogBody,
        response: { 200: MealLog, 201: MealLog, ...problemResponses(400, 401, 404, 409, 413, 415, 429) },
      },
      // "Log again" needs nothing more than the meal: a POST without a body is the empty object.
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {};
      },
    },
    async (request, reply) => {
      const { mealLog, created } = await copier.copy({
        userId: request.userId,
        id: request.params.id,
        loggedAt: request.body.logged_at ? loggedAtUtc(request.body.logged_at) : null,
        mealType: request.body.meal_type,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
      });
      return withETag(reply, mealLog)
        .code(created ? 201 : 200)
        .header('location', `/api/v1/meal-logs/${mealLog.id}`)
        .send(mealLog);
    },
  );

  api.get(
    '/api/v1/meal-logs/recent',
    {
      schema: {
        tags: ['meal logs'],
        summary:
          'Your latest completed meals, one per distinct text (case and spacing ignored), newest first',
        security: BEARER_SECURITY,
        querystring: RecentMealsQuery,
        response: { 200: RecentMeals, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? RECENT_MEALS_LIMIT_DEFAULT;
      const meals = await storage.repos.history.recentCompleted(request.userId, limit);
      return { meal_logs: meals.map(toMealLogDto) };
    },
  );
};
