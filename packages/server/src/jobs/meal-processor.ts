import type { MealItem, MealLogError } from '@fitiq/contract';
import type { EventLog } from '../events/event-log.js';
import type { FoodCatalog } from '../foods/food-catalog.js';
import { type MealLogRecord, toMealLogDto } from '../meals/meal-log-record.js';
import { takesRememberedPortion, toMealItems } from '../meals/parsed-items.js';
import { itemTotals } from '../meals/totals.js';
import type { Clock } from '../ops/clock.js';
import type { Metrics } from '../ops/metrics.js';
import type { MealParser, ParseOutcome } from '../parser/meal-parser.js';
import type { Storage } from '../storage/storage.js';
import { backoffDelay } from './backoff.js';
import type { Job } from './job.js';
import { LeaseLost } from './lease-keeper.js';

export type ProcessorSettings = {
  parserTimeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
};

type Final = { status: 'completed' | 'failed'; items: MealItem[]; error: MealLogError | null };

/** Runs the AI step for one leased job and records its outcome. */
export const createMealProcessor = (deps: {
  storage: Storage;
  eventLog: EventLog;
  parser: MealParser;
  catalog: FoodCatalog;
  clock: Clock;
  metrics: Metrics;
  settings: ProcessorSettings;
}) => {
  const { storage, eventLog, parser, catalog, clock, metrics, settings } = deps;

  /**
   * The parser's signal aborts when the attempt stops (shutdown, a lost lease) or after the timeout.
   * Linked by hand rather than with `AbortSignal.any([stop, AbortSignal.timeout(ms)])`: on Node 20
   * that cost about 25 µs per job and left the timeout's timer running for its whole length (30 s by
   * default); these are released as soon as the parse ends.
   */
  const parseWithTimeout = async (text: string, stop: AbortSignal): Promise<ParseOutcome> => {
    const controller = new AbortController();
    const onStop = () => controller.abort(stop.reason);
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
    const timer = setTimeout(
      () => controller.abort(new DOMException('The parser took too long', 'TimeoutError')),
      settings.parserTimeoutMs,
    );
    try {
      return await parser.parse(text, controller.signal);
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    }
  };

  /**
   * The parsed items as the meal keeps them, with the user's remembered portions where the text gave
   * no amount. Read before the outcome's transaction, which only writes: a portion changed in between
   * is one edit older, as if the meal had been parsed a moment sooner.
   */
  const mealItems = async (meal: MealLogRecord, outcome: ParseOutcome & { kind: 'parsed' }) => {
    const foodIds = outcome.items.filter(takesRememberedPortion).map((item) => item.food_id);
    const portions =
      foodIds.length > 0 ? await storage.repos.portions.findForFoods(meal.userId, foodIds) : [];
    return toMealItems(outcome.items, portions, catalog);
  };

  /**
   * Writes the final state, its event and the job's end in one transaction, if we still hold the
   * lease and the meal is still the one we parsed. The lease's token is the fence: a worker whose
   * lease was taken over meanwhile records nothing, however late it wakes (a meal never completes
   * twice). Throws LeaseLost then.
   */
  const finish = async (job: Job, owner: string, meal: MealLogRecord, final: Final) => {
    const finished = await eventLog.write(async (tx, emit) => {
      const { items } = final;
      const finished = await tx.meals.finish(job.mealLogId, owner, meal.version, {
        status: final.status,
        items,
        totals: final.status === 'completed' ? itemTotals(items) : null,
        error: final.error,
        updatedAt: clock.nowIso(),
      });
      if (finished) {
        const type = final.status === 'completed' ? 'meal_log.completed' : 'meal_log.failed';
        await emit(finished.userId, type, toMealLogDto(finished));
      }
      return finished;
    });
    // Nothing written and the meal still there (not deleted meanwhile): its job is someone else's.
    if (!finished && (await storage.repos.meals.find(job.userId, job.mealLogId))) {
      metrics.leasesLost.inc({ noticed_by: 'commit' });
      throw new LeaseLost(job.id);
    }
  };

  /** The attempt was told to stop because its lease was taken over: write nothing. */
  const throwIfLeaseLost = (stop: AbortSignal) => {
    if (stop.aborted && stop.reason instanceof LeaseLost) throw stop.reason;
  };

  /**
   * `known`: the meal as the handing-off request committed it, or as the claim read it, which spares
   * reading it again. Stale is harmless: the outcome is written only while this worker holds the lease
   * and the meal is still processing. `stop` aborts at shutdown, or with LeaseLost when another worker
   * took the job over; the job's `leaseOwner` is the lease's token.
   */
  return async (job: Job, stop: AbortSignal, known?: MealLogRecord): Promise<void> => {
    const owner = job.leaseOwner ?? '';
    const meal = known ?? (await storage.repos.meals.find(job.userId, job.mealLogId));
    if (meal?.status !== 'processing') {
      await storage.repos.jobs.complete(job.id);
      return;
    }
    const started = performance.now();
    try {
      const outcome = await parseWithTimeout(meal.rawInput, stop);
      throwIfLeaseLost(stop);
      const seconds = (performance.now() - started) / 1000;
      if (outcome.kind === 'parsed') {
        metrics.processingDuration.observe({ outcome: 'completed' }, seconds);
        metrics.processingOutcomes.inc({ outcome: 'completed' });
        metrics.users.processed(job.userId, 'completed', seconds);
        const items = await mealItems(meal, outcome);
        throwIfLeaseLost(stop);
        await finish(job, owner, meal, { status: 'completed', items, error: null });
      } else {
        metrics.processingDuration.observe({ outcome: 'failed' }, seconds);
        metrics.processingOutcomes.inc({ outcome: 'failed' });
        metrics.users.processed(job.userId, 'failed', seconds);
        const error = { code: outcome.code, message: outcome.message };
        await finish(job, owner, meal, { status: 'failed', items: [], error });
      }
    } catch (error) {
      if (stop.aborted || error instanceof LeaseLost) throw error;
      const seconds = (performance.now() - started) / 1000;
      metrics.processingDuration.observe({ outcome: 'error' }, seconds);
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempts >= settings.maxAttempts) {
        metrics.processingOutcomes.inc({ outcome: 'error' });
        metrics.users.processed(job.userId, 'error', seconds);
        const final = {
          code: 'processing_error',
          message: `Processing failed after ${job.attempts} attempts`,
        };
        await finish(job, owner, meal, { status: 'failed', items: [], error: final });
        return;
      }
      metrics.processingOutcomes.inc({ outcome: 'retried' });
      metrics.users.processed(job.userId, 'retried', seconds);
      metrics.jobRetries.inc();
      const delay = backoffDelay(job.attempts, settings.retryBaseMs, settings.retryMaxMs);
      const runAt = new Date(clock.now() + delay).toISOString();
      await storage.repos.jobs.retryLater(job.id, owner, runAt, message);
    }
  };
};

export type MealProcessor = ReturnType<typeof createMealProcessor>;
