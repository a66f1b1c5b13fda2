import type { Nutrients } from '@fitiq/contract';
import type { Kysely, Selectable } from 'kysely';
import type { MealLogRecord } from '../../meals/meal-log-record.js';
import { itemsFromStorage } from '../../meals/stored-items.js';
import { mealTextKey } from '../../meals/text-key.js';
import type { Database, MealLogsTable } from '../schema.js';
import type { MealLogRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

export type MealLogRow = Selectable<MealLogsTable>;

/** The meal a row holds (its job's columns are the job repository's). */
export const toMealLogRecord = (row: MealLogRow): MealLogRecord => ({
  id: row.id,
  userId: row.user_id,
  status: row.status as MealLogRecord['status'],
  rawInput: row.raw_input,
  mealType: row.meal_type as MealLogRecord['mealType'],
  loggedAt: row.logged_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: Number(row.version),
  items: itemsFromStorage(row.items),
  totals: row.totals === null ? null : (JSON.parse(row.totals) as MealLogRecord['totals']),
  error: row.error === null ? null : (JSON.parse(row.error) as MealLogRecord['error']),
});

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

type TotalColumns = Pick<
  MealLogsTable,
  'total_calories' | 'total_protein_g' | 'total_carbs_g' | 'total_fat_g'
>;

/** The totals' numbers, written in the same statement as their JSON so the two never disagree. */
const totalColumns = (totals: Nutrients | null): TotalColumns => ({
  total_calories: totals?.calories ?? null,
  total_protein_g: totals?.protein_g ?? null,
  total_carbs_g: totals?.carbs_g ?? null,
  total_fat_g: totals?.fat_g ?? null,
});

type MealKey = { id: string; user_id: string };
type Outcome = Pick<MealLogsTable, 'id' | 'status' | 'items' | 'totals' | 'error' | 'updated_at'> &
  TotalColumns & { job_lease_owner: string; version: number };

/** The statements run for every meal: its insert, its outcome and the reads around them. */
export const prepareMealLogStatements = (db: Kysely<Database>) => ({
  insert: prepareStatement<MealLogRow>((slot) =>
    db.insertInto('meal_logs').values({
      id: slot('id'),
      user_id: slot('user_id'),
      status: slot('status'),
      raw_input: slot('raw_input'),
      meal_type: slot('meal_type'),
      logged_at: slot('logged_at'),
      created_at: slot('created_at'),
      updated_at: slot('updated_at'),
      version: slot('version'),
      items: slot('items'),
      totals: slot('totals'),
      total_calories: slot('total_calories'),
      total_protein_g: slot('total_protein_g'),
      total_carbs_g: slot('total_carbs_g'),
      total_fat_g: slot('total_fat_g'),
      error: slot('error'),
      job_status: slot('job_status'),
      job_attempts: slot('job_attempts'),
      job_run_at: slot('job_run_at'),
      job_lease_owner: slot('job_lease_owner'),
      job_lease_until: slot('job_lease_until'),
      job_last_error: slot('job_last_error'),
      text_key: slot('text_key'),
    }),
  ),
  find: prepareStatement<MealKey, MealLogRow>((slot) =>
    db
      .selectFrom('meal_logs')
      .selectAll()
      .where('id', '=', slot('id'))
      .where('user_id', '=', slot('user_id')),
  ),
  // The lease check and the outcome in one statement. A job that runs belongs to a meal still
  // processing; the version check keeps a stale attempt of this pool (same lease owner) from
  // writing the outcome of an older text over a meal whose text was edited and is parsed again.
  finish: prepareStatement<Outcome, MealLogRow>((slot) =>
    db
      .updateTable('meal_logs')
      .set((eb) => ({
        version: eb('version', '+', 1),
        status: slot('status'),
        items: slot('items'),
        totals: slot('totals'),
        total_calories: slot('total_calories'),
        total_protein_g: slot('total_protein_g'),
        total_carbs_g: slot('total_carbs_g'),
        total_fat_g: slot('total_fat_g'),
        error: slot('error'),
        updated_at: slot('updated_at'),
        job_status: null,
        job_run_at: null,
        job_lease_owner: null,
        job_lease_until: null,
        job_last_error: null,
      }))
      .where('id', '=', slot('id'))
      .where('job_status', '=', 'running')
      .where('job_lease_owner', '=', slot('job_lease_owner'))
      .where('version', '=', slot('version'))
      .returningAll(),
  ),
});

export type MealLogStatements = ReturnType<typeof prepareMealLogStatements>;

export const createMealLogRepository = (db: Executor, statements: MealLogStatements): MealLogRepository => ({
  async insert(meal, job) {
    await statements.insert(db, {
      id: meal.id,
      user_id: meal.userId,
      status: meal.status,
      raw_input: meal.rawInput,
      meal_type: meal.mealType,
      logged_at: meal.loggedAt,
      created_at: meal.createdAt,
      updated_at: meal.updatedAt,
      version: meal.version,
      items: JSON.stringify(meal.items),
      totals: jsonOrNull(meal.totals),
      ...totalColumns(meal.totals),
      error: jsonOrNull(meal.error),
      job_status: job?.status ?? null,
      job_attempts: job?.attempts ?? 0,
      job_run_at: job?.runAt ?? null,
      job_lease_owner: job?.leaseOwner ?? null,
      job_lease_until: job?.leaseUntil ?? null,
      job_last_error: job?.lastError ?? null,
      text_key: mealTextKey(meal.rawInput),
    });
  },
  async find(userId, id) {
    const [row] = (await statements.find(db, { id, user_id: userId })).rows;
    return row ? toMealLogRecord(row) : null;
  },
  async listLoggedBetween(userId, range) {
    const rows = await db
      .selectFrom('meal_logs')
      .selectAll()
      .where('user_id', '=', userId)
      .where('logged_at', '>=', range.fromInclusive)
      .where('logged_at', '<', range.toExclusive)
      .orderBy('logged_at')
      .orderBy('created_at')
      .execute();
    return rows.map(toMealLogRecord);
  },
  async listAll(userId) {
    const rows = await db
      .selectFrom('meal_logs')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('logged_at')
      .orderBy('created_at')
      .execute();
    return rows.map(toMealLogRecord);
  },
  async finish(id, leaseOwner, version, update) {
    const [row] = (
      await statements.finish(db, {
        id,
        job_lease_owner: leaseOwner,
        version,
        status: update.status,
        items: JSON.stringify(update.items),
        totals: jsonOrNull(update.totals),
        ...totalColumns(update.totals),
        error: jsonOrNull(update.error),
        updated_at: update.updatedAt,
      })
    ).rows;
    return row ? toMealLogRecord(row) : null;
  },
  async update(meal, expectedVersion, job) {
    const jobColumns = job
      ? {
          job_status: job.status,
          job_attempts: job.attempts,
          job_run_at: job.runAt,
          job_lease_owner: job.leaseOwner,
          job_lease_until: job.leaseUntil,
          job_last_error: job.lastError,
        }
      : {};
    const result = await db
      .updateTable('meal_logs')
      .set({
        status: meal.status,
        raw_input: meal.rawInput,
        text_key: mealTextKey(meal.rawInput),
        meal_type: meal.mealType,
        logged_at: meal.loggedAt,
        updated_at: meal.updatedAt,
        version: meal.version,
        items: JSON.stringify(meal.items),
        totals: jsonOrNull(meal.totals),
        ...totalColumns(meal.totals),
        error: jsonOrNull(meal.error),
        ...jobColumns,
      })
      .where('id', '=', meal.id)
      .where('user_id', '=', meal.userId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
  async delete(userId, id) {
    const result = await db
      .deleteFrom('meal_logs')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
});
