import type { UserRecord } from '../../auth/user-record.js';
import type { UserRepository } from '../storage.js';
import type { Executor } from './executor.js';

type UserRow = { id: string; email: string; password_hash: string; created_at: string };

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

export const createUserRepository = (db: Executor): UserRepository => ({
  async insert(user) {
    const inserted = await db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return null;
    await db.insertInto('streams').values({ user_id: user.id, head: 0 }).execute();
    return user;
  },
  async findByEmail(email) {
    const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? toRecord(row) : null;
  },
  async findById(id) {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : null;
  },
  async deleteWithEverything(id) {
    // Row locks are taken in the order the other writers take them (a meal with its job, then the
    // stream; the user row last, since appending an event holds a key-share lock on it), so a
    // deletion waits for an in-flight write instead of deadlocking with it on PostgreSQL. Deleting
    // the user last also sweeps, by cascade, whatever a write that committed meanwhile added.
    for (const table of [
      'meal_logs',
      'idempotency_keys',
      'events',
      'session_families',
      'portions',
      'push_deliveries',
      'push_subscriptions',
      'goals',
    ] as const)
      await db.deleteFrom(table).where('user_id', '=', id).execute();
    const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
});
