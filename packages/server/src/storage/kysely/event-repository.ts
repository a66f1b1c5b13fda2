import { sql } from 'kysely';
import type { StoredEvent } from '../../events/stored-event.js';
import type { EventsTable } from '../schema.js';
import type { EventRepository } from '../storage.js';
import type { Executor } from './executor.js';

const toStored = (
  row: Pick<EventsTable, 'user_id' | 'seq' | 'type' | 'created_at' | 'payload'>,
): StoredEvent => ({
  userId: row.user_id,
  seq: Number(row.seq),
  type: row.type as StoredEvent['type'],
  createdAtMs: Date.parse(row.created_at),
  json: row.payload,
});

export const createEventRepository = (db: Executor): EventRepository => ({
  async append(userId, event) {
    // The row update takes the stream's write lock until commit, so concurrent writers for one user
    // get consecutive seqs and commit in seq order: no gap, no duplicate.
    const stream = await db
      .updateTable('streams')
      .set({ head: sql<number>`head + 1` })
      .where('user_id', '=', userId)
      .returning('head')
      .executeTakeFirstOrThrow();
    const seq = Number(stream.head);
    const payload = event.buildPayload(seq);
    await db
      .insertInto('events')
      .values({ user_id: userId, seq, id: event.id, type: event.type, created_at: event.createdAt, payload })
      .execute();
    return { userId, seq, type: event.type, createdAtMs: Date.parse(event.createdAt), json: payload };
  },

  async position(userId) {
    const row = await db
      .selectFrom('streams')
      .select(['head', 'pruned_through'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return { head: Number(row?.head ?? 0), prunedThrough: Number(row?.pruned_through ?? 0) };
  },

  async readAfter(userId, after, limit) {
    const rows = await db
      .selectFrom('events')
      .select(['user_id', 'seq', 'type', 'created_at', 'payload'])
      .where('user_id', '=', userId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(toStored);
  },

  async prune(olderThan, keepLast) {
    // Per user, the pruned events form a prefix of the stream (seq and created_at grow together),
    // so recording the last pruned seq is enough to tell an expired cursor from a valid one.
    const candidates = await db
      .selectFrom('events as e')
      .innerJoin('streams as s', 's.user_id', 'e.user_id')
      .select(['e.user_id', sql<number>`max(e.seq)`.as('through')])
      .where('e.created_at', '<', olderThan)
      .where(sql<boolean>`e.seq <= s.head - ${keepLast}`)
      .groupBy('e.user_id')
      .execute();
    let removed = 0;
    for (const { user_id, through } of candidates) {
      const result = await db
        .deleteFrom('events')
        .where('user_id', '=', user_id)
        .where('seq', '<=', Number(through))
        .executeTakeFirst();
      removed += Number(result.numDeletedRows);
      await db
        .updateTable('streams')
        .set({ pruned_through: Number(through) })
        .where('user_id', '=', user_id)
        .where('pruned_through', '<', Number(through))
        .execute();
    }
    return removed;
  },
});
