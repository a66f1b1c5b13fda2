import type { Kysely, Migration } from 'kysely';

/**
 * Sessions: a family per login, its refresh tokens (only a hash of each secret is kept). Deleting a
 * user deletes its families and, through them, its tokens.
 */
export const sessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('session_families')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('session_families_by_user')
      .on('session_families')
      .column('user_id')
      .execute();
    await db.schema
      .createIndex('session_families_by_expiry')
      .on('session_families')
      .column('expires_at')
      .execute();

    await db.schema
      .createTable('refresh_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('family_id', 'text', (c) =>
        c.notNull().references('session_families.id').onDelete('cascade'),
      )
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('rotated_at', 'text')
      .execute();
    await db.schema
      .createIndex('refresh_tokens_by_family')
      .on('refresh_tokens')
      .column('family_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('refresh_tokens').execute();
    await db.schema.dropTable('session_families').execute();
  },
};
