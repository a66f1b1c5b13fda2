import type { DayView, MealLog, MealType } from '@fitiq/contract';
import { AppError, notFound } from '../errors/app-error.js';
import type { EventLog } from '../events/event-log.js';
import type { JobHandoff } from '../jobs/job-handoff.js';
import { newJob } from '../jobs/new-job.js';
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
  /** Rings the workers (of every node) when a job was queued in storage. */
  onJobEnqueued: () => void;
  /** This node's worker pool, when it has one: a new meal's job goes straight to it when it has room. */
  handoff?: JobHandoff | null;
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
        version: 1,
        items: [],
        totals: null,
        error: null,
      };
      const mealLog = toMealLogDto(record);
      const reservation = deps.handoff?.reserve() ?? null;
      const job = newJob(record, now, reservation);
      let created: boolean;
      try {
        /* The meal, its job and its event commit together: a crash can lose none of them alone. */
        created = await eventLog.write(async (tx, emit) => {
          if (input.idempotencyKey) {
            const claimed = await tx.idempotency.insert(input.userId, input.idempotencyKey, record.id, now);
            if (!claimed) return false;
          }
          await tx.meals.insert(record, job);
          await emit(record.userId, 'meal_log.created', mealLog);
          return true;
        });
      } catch (error) {
        reservation?.cancel();
        throw error;
      }
      if (!created) {
        reservation?.cancel();
        // A concurrent request with the same key won the race; answer with its meal.
        const earlier = input.idempotencyKey ? await replay(input.userId, input.idempotencyKey) : null;
        if (earlier) return earlier;
        // The key's meal went away between the two reads (deleted with its account): nothing was written.
        throw new AppError('not_found', 'The meal log created with this Idempotency-Key was deleted');
      }
      if (reservation) reservation.start(job, record);
      else deps.onJobEnqueued();
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
        // The deletion is a change too: the event's meal is one version past the last one stored.
        const gone = { ...meal, version: meal.version + 1, updatedAt: clock.nowIso() };
        await emit(userId, 'meal_log.deleted', toMealLogDto(gone));
        return true;
      });
      if (!deleted) throw notFound('Meal log');
    },
  };
};

export type MealService = ReturnType<typeof createMealService>;
