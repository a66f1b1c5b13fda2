import type { StoredEvent } from '../accounting/events.js';
import type { StoredMeal } from '../accounting/meals.js';

/** Runs one read-only SQL statement with no parameters; the two dialects differ only here. */
export type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

/**
 * The truth the soak accounts against: the database itself, not any API answer (an API bug must
 * not be able to hide a loss). The SQL is plain enough to be the same on SQLite and PostgreSQL.
 */
export type Authority = {
  meals(): Promise<StoredMeal[]>;
  /** Each user's whole stream, ascending by seq. */
  events(): Promise<Map<string, StoredEvent[]>>;
  heads(): Promise<Map<string, number>>;
  jobs(): Promise<{ running: number; pending: number }>;
  /** Unfinished jobs by status, with their attempts, due times and leases: says why a run did not settle. */
  jobsBreakdown(): Promise<string[]>;
  close(): Promise<void>;
};

const payloadMealId = (payload: unknown): string => {
  const event = (typeof payload === 'string' ? JSON.parse(payload) : payload) as {
    data?: { meal_log?: { id?: string } };
  };
  return event.data?.meal_log?.id ?? '';
};

export const authorityOver = (query: Query, close: () => Promise<void>): Authority => ({
  async meals() {
    const rows = await query('select id, user_id, status, logged_at from meal_logs');
    return rows.map((r) => ({
      id: String(r.id),
      user: String(r.user_id),
      status: String(r.status),
      loggedAt: String(r.logged_at),
    }));
  },
  async events() {
    const rows = await query(
      'select user_id, seq, id, type, created_at, payload from events order by user_id, seq',
    );
    const byUser = new Map<string, StoredEvent[]>();
    for (const r of rows) {
      const user = String(r.user_id);
      const list = byUser.get(user) ?? [];
      list.push({
        seq: Number(r.seq),
        id: String(r.id),
        type: String(r.type),
        mealId: payloadMealId(r.payload),
        createdAt: Date.parse(String(r.created_at)),
      });
      byUser.set(user, list);
    }
    return byUser;
  },
  async heads() {
    const rows = await query('select user_id, head from streams');
    return new Map(rows.map((r) => [String(r.user_id), Number(r.head)]));
  },
  async jobs() {
    const rows = await query(
      "select sum(case when job_status = 'running' then 1 else 0 end) as running, count(*) as pending from meal_logs where job_status in ('queued', 'running')",
    );
    return { running: Number(rows[0]?.running ?? 0), pending: Number(rows[0]?.pending ?? 0) };
  },
  async jobsBreakdown() {
    const rows = await query(
      'select job_status as status, count(*) as n, max(job_attempts) as attempts, min(job_run_at) as due, min(job_lease_until) as lease, max(job_last_error) as error from meal_logs where job_status is not null group by job_status',
    );
    return rows.map(
      (r) =>
        `${r.n} ${r.status} (attempts up to ${r.attempts}, earliest due ${r.due}, earliest lease end ${r.lease}, an error: ${r.error})`,
    );
  },
  close,
});
