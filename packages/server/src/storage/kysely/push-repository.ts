import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, PushSubscriptionsTable } from '../schema.js';
import type { PushRepository, PushSubscriptionRecord, StorageCapabilities } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

const toRecord = (row: Selectable<PushSubscriptionsTable>): PushSubscriptionRecord => ({
  id: row.id,
  userId: row.user_id,
  endpoint: row.endpoint,
  p256dh: row.p256dh,
  auth: row.auth,
  createdAt: row.created_at,
});

/**
 * Run in the transaction of every meal outcome, so compiled once: one statement whether the user has
 * subscriptions or not. The values are cast because PostgreSQL cannot tell a parameter's type from a
 * select list.
 */
export const preparePushStatements = (db: Kysely<Database>) => ({
  schedule: prepareStatement<{ user_id: string; seq: number; seq_text: string; run_at: string }>((slot) =>
    db
      .insertInto('push_deliveries')
      .columns(['id', 'subscription_id', 'user_id', 'seq', 'run_at'])
      .expression(
        db
          .selectFrom('push_subscriptions')
          .select([
            sql<string>`id || ':' || cast(${slot('seq_text')} as text)`.as('id'),
            'id as subscription_id',
            'user_id',
            sql<number>`cast(${slot('seq')} as integer)`.as('seq'),
            sql<string>`cast(${slot('run_at')} as text)`.as('run_at'),
          ])
          .where('user_id', '=', slot('user_id')),
      ),
  ),
  // Run for every acknowledged outcome, whether the user has subscriptions or not.
  cancelAcknowledged: prepareStatement<{ user_id: string; seq: number }>((slot) =>
    db.deleteFrom('push_deliveries').where('user_id', '=', slot('user_id')).where('seq', '<=', slot('seq')),
  ),
});

export type PushStatements = ReturnType<typeof preparePushStatements>;

export const createPushRepository = (
  db: Executor,
  capabilities: StorageCapabilities,
  statements: PushStatements,
): PushRepository => {
  /** Its deliveries first: SQLite enforces the foreign key's cascade only where it is switched on. */
  const drop = async (ids: readonly string[]) => {
    if (ids.length === 0) return 0n;
    await db.deleteFrom('push_deliveries').where('subscription_id', 'in', ids).execute();
    const result = await db.deleteFrom('push_subscriptions').where('id', 'in', ids).executeTakeFirst();
    return result.numDeletedRows;
  };
  return {
    async subscribe(subscription, keep) {
      const existing = await db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('endpoint', '=', subscription.endpoint)
        .executeTakeFirst();
      if (existing?.user_id === subscription.userId) {
        await db
          .updateTable('push_subscriptions')
          .set({ p256dh: subscription.p256dh, auth: subscription.auth })
          .where('id', '=', existing.id)
          .execute();
        return { id: existing.id, created: false };
      }
      if (existing) await drop([existing.id]);
      const inserted = await db
        .insertInto('push_subscriptions')
        .values({
          id: subscription.id,
          user_id: subscription.userId,
          endpoint: subscription.endpoint,
          p256dh: subscription.p256dh,
          auth: subscription.auth,
          created_at: subscription.createdAt,
        })
        .onConflict((oc) => oc.column('endpoint').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        // The same browser subscribed twice at once and the other request stored it first.
        const winner = await db
          .selectFrom('push_subscriptions')
          .select(['id', 'user_id'])
          .where('endpoint', '=', subscription.endpoint)
          .executeTakeFirstOrThrow();
        return { id: winner.id, created: false };
      }
      const surplus = await db
        .selectFrom('push_subscriptions')
        .select('id')
        .where('user_id', '=', subscription.userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .offset(keep)
        .limit(1000)
        .execute();
      await drop(surplus.map((row) => row.id));
      return { id: subscription.id, created: true };
    },

    async unsubscribe(userId, id) {
      const own = await db
        .selectFrom('push_subscriptions')
        .select('id')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return own ? (await drop([own.id])) > 0n : false;
    },

    async listForUser(userId) {
      const rows = await db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    async schedule(userId, seq, runAt) {
      await statements.schedule(db, { user_id: userId, seq, seq_text: String(seq), run_at: runAt });
    },

    async cancelAcknowledged(userId, throughSeq) {
      await statements.cancelAcknowledged(db, { user_id: userId, seq: throughSeq });
    },

    async claimDue({ owner, now, leaseUntil, limit }) {
      const select = db
        .selectFrom('push_deliveries')
        .select('id')
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .limit(limit);
      const due = await (capabilities.skipLocked ? select.forUpdate().skipLocked() : select).execute();
      if (due.length === 0) return [];
      // `run_at <= now` again: of two workers that picked the same row, the second finds it leased
      // (PostgreSQL re-reads a row it waited for), so a delivery is claimed once per lease.
      const rows = await db
        .updateTable('push_deliveries')
        .set((eb) => ({ lease_owner: owner, run_at: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          due.map((row) => row.id),
        )
        .where('run_at', '<=', now)
        .returningAll()
        .execute();
      if (rows.length === 0) return [];
      const subscriptions = await db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('id', 'in', [...new Set(rows.map((row) => row.subscription_id))])
        .execute();
      const byId = new Map(subscriptions.map((row) => [row.id, toRecord(row)]));
      return rows.flatMap((row) => {
        const subscription = byId.get(row.subscription_id);
        return subscription
          ? [
              {
                id: row.id,
                userId: row.user_id,
                seq: Number(row.seq),
                attempts: Number(row.attempts),
                leaseOwner: owner,
                subscription,
              },
            ]
          : [];
      });
    },

    async finish(id, owner) {
      await db.deleteFrom('push_deliveries').where('id', '=', id).where('lease_owner', '=', owner).execute();
    },

    async retryAt(id, owner, runAt) {
      await db
        .updateTable('push_deliveries')
        .set({ run_at: runAt, lease_owner: null })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    async removeSubscription(id) {
      await drop([id]);
    },

    async countDeliveries() {
      const row = await db
        .selectFrom('push_deliveries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
};
