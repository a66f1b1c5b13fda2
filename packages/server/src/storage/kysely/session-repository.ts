import type { Kysely } from 'kysely';
import type { SessionFamily } from '../../auth/session-record.js';
import type { Database, SessionFamiliesTable } from '../schema.js';
import type { SessionRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

const toFamily = (row: SessionFamiliesTable): SessionFamily => ({
  id: row.id,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** Bound on the ids in one `in (...)` list: far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

/**
 * Every authenticated request whose session is not remembered reads it (session-check.ts): one id,
 * a statement compiled once rather than built by Kysely on every such request.
 */
export const prepareSessionStatements = (db: Kysely<Database>) => ({
  activeOne: prepareStatement<{ id: string }, { id: string; user_id: string }>((slot) =>
    db
      .selectFrom('session_families')
      .select(['id', 'user_id'])
      .where('id', '=', slot('id'))
      .where('revoked_at', 'is', null),
  ),
});

export type SessionStatements = ReturnType<typeof prepareSessionStatements>;

export const createSessionRepository = (db: Executor, statements: SessionStatements): SessionRepository => ({
  async insertFamily(family) {
    await db
      .insertInto('session_families')
      .values({
        id: family.id,
        user_id: family.userId,
        created_at: family.createdAt,
        expires_at: family.expiresAt,
        revoked_at: family.revokedAt,
      })
      .execute();
  },

  async insertToken(token) {
    await db
      .insertInto('refresh_tokens')
      .values({
        id: token.id,
        family_id: token.familyId,
        secret_hash: token.secretHash,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        rotated_at: token.rotatedAt,
      })
      .execute();
  },

  async findToken(id) {
    const row = await db
      .selectFrom('refresh_tokens as t')
      .innerJoin('session_families as f', 'f.id', 't.family_id')
      .select([
        't.id',
        't.family_id',
        't.secret_hash',
        't.created_at',
        't.expires_at',
        't.rotated_at',
        'f.user_id',
        'f.created_at as family_created_at',
        'f.expires_at as family_expires_at',
        'f.revoked_at',
      ])
      .where('t.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      familyId: row.family_id,
      secretHash: row.secret_hash,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      rotatedAt: row.rotated_at,
      family: {
        id: row.family_id,
        userId: row.user_id,
        createdAt: row.family_created_at,
        expiresAt: row.family_expires_at,
        revokedAt: row.revoked_at,
      },
    };
  },

  async markRotated(id, at) {
    const result = await db
      .updateTable('refresh_tokens')
      .set({ rotated_at: at })
      .where('id', '=', id)
      .where('rotated_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async extendFamily(id, expiresAt) {
    await db.updateTable('session_families').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  },

  async revokeFamily(id, at) {
    const row = await db
      .updateTable('session_families')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id ?? null;
  },

  async activeAmong(ids) {
    if (ids.length === 1) {
      const { rows } = await statements.activeOne(db, { id: ids[0] as string });
      return rows.map((row) => ({ id: row.id, userId: row.user_id }));
    }
    const active: Array<{ id: string; userId: string }> = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await db
        .selectFrom('session_families')
        .select(['id', 'user_id'])
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .where('revoked_at', 'is', null)
        .execute();
      for (const row of rows) active.push({ id: row.id, userId: row.user_id });
    }
    return active;
  },

  async listForUser(userId) {
    const rows = await db
      .selectFrom('session_families')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map(toFamily);
  },

  async pruneExpired(now) {
    const result = await db.deleteFrom('session_families').where('expires_at', '<', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
