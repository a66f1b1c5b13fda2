import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateMealLogBody,
  DayQuery,
  DayView,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  isRawInputLengthValid,
  MealLog,
  MealLogPatch,
  mealETag,
  RAW_INPUT_MAX_LENGTH,
} from '@fitiq/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../errors/app-error.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { MealEditor } from './meal-editor.js';
import type { MealService } from './meal-service.js';
import type { MealPatch } from './patched-meal.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH })),
});
const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 100, description: 'The ETag of the version the edit was made on, e.g. "3"' }),
  ),
});

/** Every response that carries one meal names its version, so the next edit can send it back. */
export const withETag = (reply: FastifyReply, meal: MealLog) => reply.header('etag', mealETag(meal.version));

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
export const loggedAtUtc = (text: string): string =>
  new Date(text.replace(/([Tt ]\d{2}:\d{2}:)60/, '$159')).toISOString();

/** The patch as the editor takes it: the text trimmed and checked, the time in UTC, nothing else changed. */
const toMealPatch = (body: MealLogPatch): MealPatch => {
  if (body.raw_input !== undefined && body.items !== undefined)
    throw new AppError('validation_failed', 'raw_input and items cannot be edited together', [
      { path: '/body/items', message: 'must not come with raw_input: the new text is parsed into items' },
    ]);
  return {
    ...(body.items !== undefined ? { items: body.items } : {}),
    ...(body.meal_type !== undefined ? { mealType: body.meal_type } : {}),
    ...(body.logged_at !== undefined ? { loggedAt: loggedAtUtc(body.logged_at) } : {}),
    ...(body.raw_input !== undefined ? { rawInput: trimmedRawInput(body.raw_input) } : {}),
  };
};

export const registerMealRoutes = (app: FastifyInstance, meals: MealService, editor: MealEditor) => {
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
      return withETag(reply, mealLog)
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
    async (request, reply) => {
      const meal = await meals.get(request.userId, request.params.id);
      return withETag(reply, meal).send(meal);
    },
  );

  api.patch(
    '/api/v1/meal-logs/:id',
    {
      schema: {
        tags: ['meal logs'],
        summary:
          'Correct a meal: its items (nutrients from the food table), type, time, or its text (parsed again)',
        description:
          'Needs If-Match with the ETag of the version the edit was made on: 428 without it, 412 with the current meal in `current` when the meal changed since. 409 meal_processing while the meal is being processed. One meal_log.updated event is written with the change.',
        security: BEARER_SECURITY,
        params: IdParams,
        headers: IfMatchHeaders,
        body: MealLogPatch,
        response: { 200: MealLog, ...problemResponses(400, 401, 404, 409, 412, 413, 415, 428, 429) },
      },
    },
    async (request, reply) => {
      const meal = await editor.edit({
        userId: request.userId,
        id: request.params.id,
        ifMatch: request.headers['if-match'],
        patch: toMealPatch(request.body),
      });
      return withETag(reply, meal).send(meal);
    },
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
