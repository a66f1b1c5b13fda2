import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareStatement } from './prepared-statement.js';

type Db = { notes: { id: string; owner: string; state: string; body: string } };

describe('prepared statements', () => {
  let db: Kysely<Db>;

  beforeEach(async () => {
    db = new Kysely<Db>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    await db.schema
      .createTable('notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text')
      .addColumn('state', 'text')
      .addColumn('body', 'text')
      .execute();
  });
  afterEach(() => db.destroy());

  const insert = () =>
    prepareStatement<Db['notes']>((slot) =>
      db.insertInto('notes').values({
        id: slot('id'),
        owner: slot('owner'),
        state: slot('state'),
        body: slot('body'),
      }),
    );

  it('put each call’s values where their slots are, whatever order they are given in', async () => {
    const run = insert();
    await run(db, { body: 'first', state: 'open', owner: 'ann', id: 'n1' });
    await run(db, { id: 'n2', owner: 'bob', state: 'done', body: 'second' });
    expect(await db.selectFrom('notes').selectAll().orderBy('id').execute()).toEqual([
      { id: 'n1', owner: 'ann', state: 'open', body: 'first' },
      { id: 'n2', owner: 'bob', state: 'done', body: 'second' },
    ]);
  });

  it('keep the values written into the statement itself as constants', async () => {
    const run = insert();
    await run(db, { id: 'n1', owner: 'ann', state: 'open', body: 'a' });
    await run(db, { id: 'n2', owner: 'ann', state: 'done', body: 'b' });
    const close = prepareStatement<{ owner: string; body: string }, { id: string }>((slot) =>
      db
        .updateTable('notes')
        .set({ state: 'closed', body: slot('body') })
        .where('owner', '=', slot('owner'))
        .where('state', '=', 'open')
        .returning('id'),
    );
    const { rows } = await close(db, { owner: 'ann', body: 'closed by test' });
    expect(rows).toEqual([{ id: 'n1' }]);
    expect(await db.selectFrom('notes').select(['id', 'state', 'body']).orderBy('id').execute()).toEqual([
      { id: 'n1', state: 'closed', body: 'closed by test' },
      { id: 'n2', state: 'done', body: 'b' },
    ]);
  });

  it('run inside a transaction, whose rollback takes their writes with it', async () => {
    const run = insert();
    await expect(
      db.transaction().execute(async (trx) => {
        await run(trx, { id: 'n1', owner: 'ann', state: 'open', body: 'a' });
        expect(await trx.selectFrom('notes').select('id').execute()).toEqual([{ id: 'n1' }]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.selectFrom('notes').select('id').execute()).toEqual([]);
  });
});
