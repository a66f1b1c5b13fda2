import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateMealLogBody,
  DayQuery,
  DayView,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  isRawInputLengthValid,
  MealLog,
  RAW_INPUT_MAX_LENGTH,
} from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../errors/app-error.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { MealService } from './meal-service.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH })),
});

/** The contract's limit applies after trimming, which JSON Schema cannot say; the body limit bounds the rest. */
const trimmedRawInput = (raw: string): string => {
  const text = raw.trim();
  if (!isRawInputLengthValid(text)) {
    throw new AppError('validation_failed', `raw_input must be 1 to ${RAW_INPUT_MAX_LENGTH} characters`, [
      { path: '/body/raw_input', message: `must be 1 to ${RAW_INPUT_MAX_LENGTH} characters after trimming` },
    ]);
  }
  return text;
};

/**
 * RFC 3339 allows a leap second (`23:59:60`), which a JavaScript date cannot hold; it is stored as the
 * second before it rather than refused (or, as it once was, failing with a 500).
 */
const loggedAtUtc = (text: string): string =>
  new Date(text.replace(/([Tt ]\d{2}:\d{2}:)60/, '$159')).toISOString();

export const registerMealRoutes = (app: FastifyInstance, meals: MealService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/api/v1/meal-logs/natural',
    {
      schema: {
        tags: ['meal logs'],
        summary: 'Log a meal in plain words; it is processed in the background',
        security: BEARER_SECURITY,
        body: CreateMealLogBody,
        headers: IdempotencyHeaders,
        response: { 200: MealLog, 201: MealLog, ...problemResponses(400, 401, 404, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { mealLog, created } = await meals.create({
        userId: request.userId,
        rawInput: trimmedRawInput(request.body.raw_input),
        mealType: request.body.meal_type ?? null,
        loggedAt: request.body.logged_at ? loggedAtUtc(request.body.logged_at) : null,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
      });
      return reply
        .code(created ? 201 : 200)
        .header('location', `/api/v1/meal-logs/${mealLog.id}`)
        .send(mealLog);
    },
  );

  api.get(
    '/api/v1/meal-logs',
    {
      schema: {
        tags: ['meal logs'],
        summary: "A day's meal logs, their totals and the stream head to subscribe from",
        security: BEARER_SECURITY,
        querystring: DayQuery,
        response: { 200: DayView, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => meals.day(request.userId, request.query.date, request.query.tz ?? 'UTC'),
  );

  api.get(
    '/api/v1/meal-logs/:id',
    {
      schema: {
        tags: ['meal logs'],
        summary: 'One meal log',
        security: BEARER_SECURITY,
        params: IdParams,
        response: { 200: MealLog, ...problemResponses(401, 404, 429) },
      },
    },
    async (request) => meals.get(request.userId, request.params.id),
  );

  api.delete(
    '/api/v1/meal-logs/:id',
    {
      schema: {
        tags: ['meal logs'],
        summary: 'Delete a meal log',
        security: BEARER_SECURITY,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(401, 404, 429) },
      },
    },
    async (request, reply) => {
      await meals.delete(request.userId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
