import type { Kysely, Migration } from 'kysely';

/**
 * Contract v1.1 Web Push: a user's browsers' push subscriptions, and the push messages owed to them.
 * A delivery is written with the meal outcome's event (one per subscription of the user, in the same
 * transaction), cancelled when a live device acknowledges the event, and claimed by one worker once
 * due; `run_at` is both when it falls due and, while claimed, when its lease ends.
 */
export const pushSubscriptions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('endpoint', 'text', (c) => c.notNull().unique())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('push_subscriptions_user')
      .on('push_subscriptions')
      .columns(['user_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('push_deliveries')
      // `<subscription id>:<seq>`: one message per subscription and event, whoever schedules it.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subscription_id', 'text', (c) =>
        c.notNull().references('push_subscriptions.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lease_owner', 'text')
      .execute();
    await db.schema.createIndex('push_deliveries_due').on('push_deliveries').column('run_at').execute();
    await db.schema
      .createIndex('push_deliveries_user_seq')
      .on('push_deliveries')
      .columns(['user_id', 'seq'])
      .execute();
    await db.schema
      .createIndex('push_deliveries_subscription')
      .on('push_deliveries')
      .column('subscription_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('push_deliveries').execute();
    await db.schema.dropTable('push_subscriptions').execute();
  },
};
