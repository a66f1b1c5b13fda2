import type { MealLog, MealType } from '@fitiq/contract';
import { AppError, notFound } from '../errors/app-error.js';
import type { EventLog } from '../events/event-log.js';
import type { Clock } from '../ops/clock.js';
import { newRecordId } from '../storage/record-id.js';
import type { Storage } from '../storage/storage.js';
import { copiedMeal } from './copied-meal.js';
import { mealProcessing } from './meal-edit-errors.js';
import { toMealLogDto } from './meal-log-record.js';
import type { CreateOutcome } from './meal-service.js';

export type CopyRequest = {
  userId: string;
  /** The meal to log again. */
  id: string;
  /** When the copy was eaten; null: now. */
  loggedAt: string | null;
  /** The copy's slot; undefined keeps the original's. */
  mealType: MealType | null | undefined;
  idempotencyKey: string | null;
};

export const mealFailed = (code: string) =>
  new AppError(
    'meal_failed',
    `Only a completed meal can be copied; this one failed (${code}). Correct its text or items first`,
  );

/** Another request with the same Idempotency-Key claimed it first. */
const KEY_TAKEN = Symbol('key taken');

/**
 * Logs a completed meal again: the same text and items (with ids of their own), completed at once,
 * with no job and no parse. Its one event is a `meal_log.created` that carries the completed meal.
 */
export const createMealCopier = (deps: { storage: Storage; eventLog: EventLog; clock: Clock }) => {
  const { storage, eventLog, clock } = deps;

  const replay = async (userId: string, key: string): Promise<CreateOutcome | null> => {
    const mealLogId = await storage.repos.idempotency.find(userId, key);
    if (!mealLogId) return null;
    const meal = await storage.repos.meals.find(userId, mealLogId);
    if (!meal) throw new AppError('not_found', 'The meal log created with this Idempotency-Key was deleted');
    return { mealLog: toMealLogDto(meal), created: false };
  };

  /* Refusals are returned, not thrown, so a refused copy does not roll back its group commit. */
  const write = (request: CopyRequest) =>
    eventLog.write(async (tx, emit): Promise<MealLog | AppError | typeof KEY_TAKEN> => {
      const original = await tx.meals.find(request.userId, request.id);
      if (!original) return notFound('Meal log');
      if (original.status === 'processing') return mealProcessing();
      if (original.status === 'failed') return mealFailed(original.error?.code ?? 'failed');
      const now = clock.nowIso();
      const copy = copiedMeal(original, {
        id: newRecordId(),
        now,
        loggedAt: request.loggedAt ?? now,
        mealType: request.mealType === undefined ? original.mealType : request.mealType,
      });
      if (request.idempotencyKey) {
        const claimed = await tx.idempotency.insert(request.userId, request.idempotencyKey, copy.id, now);
        if (!claimed) return KEY_TAKEN;
      }
      await tx.meals.insert(copy, null);
      const mealLog = toMealLogDto(copy);
      await emit(request.userId, 'meal_log.created', mealLog);
      return mealLog;
    });

  return {
    async copy(request: CopyRequest): Promise<CreateOutcome> {
      const key = request.idempotencyKey;
      if (key) {
        const earlier = await replay(request.userId, key);
        if (earlier) return earlier;
      }
      const outcome = await write(request);
      if (outcome instanceof AppError) throw outcome;
      if (outcome === KEY_TAKEN) {
        // A concurrent request with the same key won the race; answer with its meal.
        const earlier = key ? await replay(request.userId, key) : null;
        if (earlier) return earlier;
        throw new AppError('not_found', 'The meal log created with this Idempotency-Key was deleted');
      }
      return { mealLog: outcome, created: true };
    },
  };
};

export type MealCopier = ReturnType<typeof createMealCopier>;
