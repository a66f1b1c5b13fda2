import { type MealLog, versionFromIfMatch } from '@fitiq/contract';
import { AppError, notFound } from '../errors/app-error.js';
import type { EventLog } from '../events/event-log.js';
import type { FoodCatalog } from '../foods/food-catalog.js';
import type { Job } from '../jobs/job.js';
import type { JobHandoff } from '../jobs/job-handoff.js';
import { newJob } from '../jobs/new-job.js';
import type { Clock } from '../ops/clock.js';
import { portionsToRemember } from '../portions/portions-to-remember.js';
import type { Repositories } from '../storage/storage.js';
import { mealProcessing, preconditionFailed, preconditionRequired } from './meal-edit-errors.js';
import { type MealLogRecord, toMealLogDto } from './meal-log-record.js';
import { type MealPatch, patchedMeal } from './patched-meal.js';

export type EditRequest = { userId: string; id: string; ifMatch: string | undefined; patch: MealPatch };

type Edited = { meal: MealLogRecord; job: Job | null };

export const createMealEditor = (deps: {
  eventLog: EventLog;
  clock: Clock;
  catalog: FoodCatalog;
  onJobEnqueued: () => void;
  handoff?: JobHandoff | null;
}) => {
  const { eventLog, clock, catalog } = deps;

  /**
   * Checks and writes in one transaction. Refusals are returned rather than thrown, so a refused edit
   * does not roll back the other transactions of its group commit. The write applies only if the
   * meal is still at the version read: a concurrent edit that committed in between wins, and this
   * one is answered 412 with the meal it lost to.
   */
  const write = (request: EditRequest, version: number, reservation: ReturnType<JobHandoff['reserve']>) =>
    eventLog.write(async (tx: Repositories, emit): Promise<Edited | AppError> => {
      const meal = await tx.meals.find(request.userId, request.id);
      if (!meal) return notFound('Meal log');
      if (meal.version !== version) return preconditionFailed(toMealLogDto(meal));
      if (meal.status === 'processing') return mealProcessing();
      const now = clock.nowIso();
      const result = patchedMeal(meal, request.patch, now, catalog);
      if (!result.ok) return result.error;
      const { next, amountsSet } = result;
      const job = next.status === 'processing' ? newJob(next, now, reservation) : null;
      if (!(await tx.meals.update(next, meal.version, job))) {
        const current = await tx.meals.find(request.userId, request.id);
        return current ? preconditionFailed(toMealLogDto(current)) : notFound('Meal log');
      }
      if (amountsSet.length > 0) {
        const foodIds = amountsSet.map(({ item }) => item.food_id);
        const kept = await tx.portions.findForFoods(request.userId, foodIds);
        for (const portion of portionsToRemember(request.userId, amountsSet, kept, now))
          await tx.portions.remember(portion);
      }
      await emit(request.userId, 'meal_log.updated', toMealLogDto(next));
      return { meal: next, job };
    });

  return {
    async edit(request: EditRequest): Promise<MealLog> {
      if (request.ifMatch === undefined) throw preconditionRequired();
      // A tag that names no version we could hold (`*`, a weak tag, garbage) never matches: 412.
      const version = versionFromIfMatch(request.ifMatch) ?? 0;
      const reservation = request.patch.rawInput !== undefined ? (deps.handoff?.reserve() ?? null) : null;
      let outcome: Edited | AppError;
      try {
        outcome = await write(request, version, reservation);
      } catch (error) {
        reservation?.cancel();
        throw error;
      }
      if (outcome instanceof AppError) {
        reservation?.cancel();
        throw outcome;
      }
      const { meal, job } = outcome;
      if (job && reservation) reservation.start(job, meal);
      else {
        reservation?.cancel();
        if (job) deps.onJobEnqueued();
      }
      return toMealLogDto(meal);
    },
  };
};

export type MealEditor = ReturnType<typeof createMealEditor>;
