import type { DayView, MealLog, MealType } from '@fitiq/contract';
import { AppError, notFound } from '../errors/app-error.js';
import type { EventLog } from '../events/event-log.js';
import type { Clock } from '../ops/clock.js';
import { newRecordId } from '../storage/record-id.js';
import type { Storage } from '../storage/storage.js';
import { dayRange } from './day-range.js';
import { type MealLogRecord, toMealLogDto } from './meal-log-record.js';
import { sumNutrients } from './totals.js';

export type NewMealLog = {
  userId: string;
  rawInput: string;
  mealType: MealType | null;
  loggedAt: string | null;
  idempotencyKey: string | null;
};

export type CreateOutcome = { mealLog: MealLog; created: boolean };

export const createMealService = (deps: {
  storage: Storage;
  eventLog: EventLog;
  clock: Clock;
  onJobEnqueued: () => void;
}) => {
  const { storage, eventLog, clock } = deps;

  const replay = async (userId: string, key: string): Promise<CreateOutcome | null> => {
    const mealLogId = await storage.repos.idempotency.find(userId, key);
    if (!mealLogId) return null;
    const meal = await storage.repos.meals.find(userId, mealLogId);
    if (!meal) throw new AppError('not_found', 'The meal log created with this Idempotency-Key was deleted');
    return { mealLog: toMealLogDto(meal), created: false };
  };

  return {
    async create(input: NewMealLog): Promise<CreateOutcome> {
      if (input.idempotencyKey) {
        const earlier = await replay(input.userId, input.idempotencyKey);
        if (earlier) return earlier;
      }
      const now = clock.nowIso();
      const record: MealLogRecord = {
        id: newRecordId(),
        userId: input.userId,
        status: 'processing',
        rawInput: input.rawInput,
        mealType: input.mealType,
        loggedAt: input.loggedAt ?? now,
        createdAt: now,
        updatedAt: now,
        items: [],
        totals: null,
        error: null,
      };
      const mealLog = toMealLogDto(record);
      /* The meal, its job and its event commit together: a crash can lose none of them alone. */
      const created = await eventLog.write(async (tx, emit) => {
        if (input.idempotencyKey) {
          const claimed = await tx.idempotency.insert(input.userId, input.idempotencyKey, record.id, now);
          if (!claimed) return false;
        }
        await tx.meals.insert(record);
        await tx.jobs.enqueue({
          id: newRecordId(),
          mealLogId: record.id,
          userId: record.userId,
          status: 'queued',
          attempts: 0,
          runAt: now,
          leaseOwner: null,
          leaseUntil: null,
          lastError: null,
        });
        await emit(record.userId, 'meal_log.created', mealLog);
        return true;
      });
      if (!created && input.idempotencyKey) {
        // A concurrent request with the same key won the race; answer with its meal.
        const earlier = await replay(input.userId, input.idempotencyKey);
        if (earlier) return earlier;
      }
      deps.onJobEnqueued();
      return { mealLog, created: true };
    },

    async get(userId: string, id: string): Promise<MealLog> {
      const meal = await storage.repos.meals.find(userId, id);
      if (!meal) throw notFound('Meal log');
      return toMealLogDto(meal);
    },

    async day(userId: string, date: string, tz: string): Promise<DayView> {
      const range = dayRange(date, tz);
      // One transaction, so `head` is exactly the stream position this list reflects.
      return storage.snapshot(async (tx) => {
        const meals = await tx.meals.listLoggedBetween(userId, range);
        const { head } = await tx.events.position(userId);
        const completed = meals.filter((m) => m.status === 'completed' && m.totals !== null);
        return {
          meal_logs: meals.map(toMealLogDto),
          totals: sumNutrients(completed.map((m) => m.totals as NonNullable<typeof m.totals>)),
          head,
        };
      });
    },

    async delete(userId: string, id: string): Promise<void> {
      const deleted = await eventLog.write(async (tx, emit) => {
        const meal = await tx.meals.find(userId, id);
        if (!meal) return false;
        await tx.meals.delete(userId, id);
        await tx.jobs.deleteForMeal(id);
        await emit(userId, 'meal_log.deleted', toMealLogDto({ ...meal, updatedAt: clock.nowIso() }));
        return true;
      });
      if (!deleted) throw notFound('Meal log');
    },
  };
};

export type MealService = ReturnType<typeof createMealService>;
