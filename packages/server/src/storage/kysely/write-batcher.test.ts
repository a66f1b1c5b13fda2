import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../schema.js';
import { createWriteBatcher } from './write-batcher.js';

type Trx = Transaction<Database>;

/** An in-memory SQLite database that records every BEGIN, so a test can count batches. */
const openDatabase = () => {
  const database = new SqliteDatabase(':memory:');
  database.exec('create table notes (n integer not null unique)');
  const begins: string[] = [];
  const prepare = (source: string) => {
    if (/^begin/i.test(source)) begins.push(source);
    return database.prepare(source);
  };
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: { prepare, close: () => database.close() } }),
  });
  return { db, begins };
};

const note = (trx: Trx, n: number) => sql`insert into notes (n) values (${n})`.execute(trx);

const notes = async (db: Kysely<Database>) =>
  (await sql<{ n: number }>`select n from notes order by rowid`.execute(db)).rows.map((row) => row.n);

/** A clock that moves 1 ms every time it is read: each transaction's work "takes" 1 ms. */
const tickingClock = () => {
  let now = 0;
  return () => now++;
};

describe('group commit with a time budget', () => {
  let opened: ReturnType<typeof openDatabase>;
  beforeEach(() => {
    opened = openDatabase();
  });
  afterEach(() => opened.db.destroy());

  it('transactions queued behind a batch that used up its time commit in the next ones, in their order', async () => {
    const { db, begins } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 2, now: tickingClock() });
    // Queued in one turn of the event loop: without the budget they would share one COMMIT.
    const written = await Promise.all([1, 2, 3, 4, 5].map((n) => write((trx) => note(trx, n).then(() => n))));
    expect(written).toEqual([1, 2, 3, 4, 5]);
    expect(await notes(db)).toEqual([1, 2, 3, 4, 5]);
    expect(begins).toHaveLength(3);
  });

  it('without the budget running out, every transaction queued in one turn shares one COMMIT', async () => {
    const { db, begins } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 1000, now: tickingClock() });
    await Promise.all([1, 2, 3, 4, 5].map((n) => write((trx) => note(trx, n))));
    expect(begins).toHaveLength(1);
  });

  it('a budget of 0 commits every transaction alone (FITIQ_SQLITE_GROUP_COMMIT_US=0)', async () => {
    const { db, begins } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 0 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => write((trx) => note(trx, n))));
    expect(await notes(db)).toEqual([1, 2, 3, 4, 5]);
    expect(begins).toHaveLength(5);
  });

  it('a first transaction that fails rolls back alone, and those queued behind it still commit', async () => {
    const { db } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 1000, now: tickingClock() });
    const outcomes = await Promise.allSettled([
      write(async (trx) => {
        await note(trx, 1);
        throw new Error('changed my mind');
      }),
      write((trx) => note(trx, 2)),
      write((trx) => note(trx, 3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(await notes(db)).toEqual([2, 3]);
  });

  it('a later transaction that fails past the budget cut leaves the rest of the queue alone', async () => {
    const { db } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 2, now: tickingClock() });
    const outcomes = await Promise.allSettled([
      write((trx) => note(trx, 1)),
      // A duplicate of the first: fails inside the first batch, which then runs again isolated.
      write((trx) => note(trx, 1)),
      write((trx) => note(trx, 3)),
      write((trx) => note(trx, 4)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await notes(db)).toEqual([1, 3, 4]);
  });

  it('every transaction of a batch is announced at its commit, before any of their callers resumes', async () => {
    const { db, begins } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 1000, now: tickingClock() });
    const log: string[] = [];
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        const result = await write(
          (trx) => note(trx, n).then(() => n),
          (committed) => log.push(`announced ${committed}`),
        );
        log.push(`resumed ${result}`);
      }),
    );
    expect(begins).toHaveLength(1);
    expect(log).toEqual(['announced 1', 'announced 2', 'announced 3', 'resumed 1', 'resumed 2', 'resumed 3']);
  });

  it('a transaction that rolls back is not announced; one whose announcement throws answers with that error', async () => {
    const { db } = opened;
    const write = createWriteBatcher(db, (trx) => trx, { maxBatchMs: 1000, now: tickingClock() });
    const announced: number[] = [];
    const outcomes = await Promise.allSettled([
      write(
        (trx) => note(trx, 1).then(() => 1),
        (n) => announced.push(n),
      ),
      write(
        (trx) => note(trx, 1).then(() => 2),
        (n) => announced.push(n),
      ),
      write(
        (trx) => note(trx, 3).then(() => 3),
        () => {
          throw new Error('the doorbell broke');
        },
      ),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toEqual(new Error('the doorbell broke'));
    expect(announced).toEqual([1]);
    // Committed all the same: the announcement comes after the COMMIT, never instead of it.
    expect(await notes(db)).toEqual([1, 3]);
  });
});
