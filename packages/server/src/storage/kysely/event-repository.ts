import { type Kysely, sql } from 'kysely';
import type { StoredEvent } from '../../events/stored-event.js';
import type { Database, EventsTable } from '../schema.js';
import type { EventRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

type EventRow = Pick<EventsTable, 'user_id' | 'seq' | 'type' | 'created_at' | 'payload'>;

const toStored = (row: EventRow): StoredEvent => ({
  userId: row.user_id,
  seq: Number(row.seq),
  type: row.type as StoredEvent['type'],
  createdAtMs: Date.parse(row.created_at),
  json: row.payload,
});

type UserKey = { user_id: string };
type After = { user_id: string; after: number; limit: number };

/** Appending (on every change) and reading a stream (on every delivery). */
export const prepareEventStatements = (db: Kysely<Database>) => ({
  nextSeq: prepareStatement<UserKey, { head: number }>((slot) =>
    db
      .updateTable('streams')
      .set({ head: sql<number>`head + 1` })
      .where('user_id', '=', slot('user_id'))
      .returning('head'),
  ),
  insert: prepareStatement<EventsTable>((slot) =>
    db.insertInto('events').values({
      user_id: slot('user_id'),
      seq: slot('seq'),
      id: slot('id'),
      type: slot('type'),
      created_at: slot('created_at'),
      payload: slot('payload'),
    }),
  ),
  position: prepareStatement<UserKey, { head: number; pruned_through: number }>((slot) =>
    db.selectFrom('streams').select(['head', 'pruned_through']).where('user_id', '=', slot('user_id')),
  ),
  readAfter: prepareStatement<After, EventRow>((slot) =>
    db
      .selectFrom('events')
      .select(['user_id', 'seq', 'type', 'created_at', 'payload'])
      .where('user_id', '=', slot('user_id'))
      .where('seq', '>', slot('after'))
      .orderBy('seq')
      .limit(slot('limit')),
  ),
});

export type EventStatements = ReturnType<typeof prepareEventStatements>;

export const createEventRepository = (db: Executor, statements: EventStatements): EventRepository => ({
  async append(userId, event) {
    // The row update takes the stream's write lock until commit, so concurrent writers for one user
    // get consecutive seqs and commit in seq order: no gap, no duplicate.
    const [stream] = (await statements.nextSeq(db, { user_id: userId })).rows;
    if (!stream) throw new Error(`no stream for user ${userId}`);
    const seq = Number(stream.head);
    const payload = event.buildPayload(seq);
    await statements.insert(db, {
      user_id: userId,
      seq,
      id: event.id,
      type: event.type,
      created_at: event.createdAt,
      payload,
    });
    return { userId, seq, type: event.type, createdAtMs: Date.parse(event.createdAt), json: payload };
  },

  async position(userId) {
    const [row] = (await statements.position(db, { user_id: userId })).rows;
    return { head: Number(row?.head ?? 0), prunedThrough: Number(row?.pruned_through ?? 0) };
  },

  async readAfter(userId, after, limit) {
    const { rows } = await statements.readAfter(db, { user_id: userId, after, limit });
    return rows.map(toStored);
  },

  async streamsOverKeep(keepLast, afterUserId, limit) {
    let query = db
      .selectFrom('streams')
      .select('user_id')
      .where(sql<boolean>`head - pruned_through > ${keepLast}`)
      .orderBy('user_id')
      .limit(limit);
    if (afterUserId !== null) query = query.where('user_id', '>', afterUserId);
    return (await query.execute()).map((row) => row.user_id);
  },

  async pruneStream(userId, olderThan, keepLast) {
    // Per user, seq and created_at grow together, so the expired events are a prefix of the stream:
    // the first event young enough to keep is found by walking that prefix in key order, and
    // recording the last pruned seq is enough to tell an expired cursor from a valid one.
    const stream = await db
      .selectFrom('streams')
      .select(['head', 'pruned_through'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!stream) return 0;
    const prunedThrough = Number(stream.pruned_through);
    const keepFrom = Number(stream.head) - keepLast + 1;
    if (keepFrom <= prunedThrough + 1) return 0;
    const firstYoung = await db
      .selectFrom('events')
      .select('seq')
      .where('user_id', '=', userId)
      .where('seq', '>', prunedThrough)
      .where('created_at', '>=', olderThan)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    const through = Math.min(keepFrom, firstYoung ? Number(firstYoung.seq) : keepFrom) - 1;
    if (through <= prunedThrough) return 0;
    const result = await db
      .deleteFrom('events')
      .where('user_id', '=', userId)
      .where('seq', '<=', through)
      .executeTakeFirst();
    await db.updateTable('streams').set({ pruned_through: through }).where('user_id', '=', userId).execute();
    return Number(result.numDeletedRows);
  },
});
