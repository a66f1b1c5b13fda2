import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

const openWriter = () => {
  const filename = join(mkdtempSync(join(tmpdir(), 'fitiq-wal-')), 'db.sqlite');
  const db = new SqliteDatabase(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table rows (id integer primary key, body text not null)');
  const insert = db.prepare('insert into rows (body) values (?)');
  const writeBatch = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run('x'.repeat(500));
  });
  return { filename, db, writeBatch };
};

describe('the WAL checkpointer thread', () => {
  let checkpointer: WalCheckpointer | null = null;
  afterEach(async () => {
    await checkpointer?.stop();
    checkpointer = null;
  });

  it('copies every committed frame back into the database file, off the writing thread', async () => {
    const { filename, db, writeBatch } = openWriter();
    // A poll interval far beyond the test: only the explicit checkpoint below runs.
    checkpointer = startWalCheckpointer(filename, 3_600_000);
    writeBatch(5_000);
    const result = await checkpointer.checkpoint();
    expect(result.log).toBeGreaterThan(100);
    expect(result.checkpointed).toBe(result.log);
    expect(db.prepare('select count(*) as n from rows').get()).toEqual({ n: 5_000 });
    db.close();
  });

  it('lets the log start over once it caught up, so the file stops growing under steady writes', async () => {
    const { filename, db, writeBatch } = openWriter();
    checkpointer = startWalCheckpointer(filename, 3_600_000);
    writeBatch(5_000);
    await checkpointer.checkpoint();
    const grown = statSync(`${filename}-wal`).size;
    // The next write transaction reuses the log from its start: the frames it holds are few again.
    writeBatch(10);
    const after = await checkpointer.checkpoint();
    expect(after.log).toBeLessThan(20);
    expect(statSync(`${filename}-wal`).size).toBeLessThanOrEqual(grown);
    db.close();
  });

  it('stops cleanly and answers no more checkpoints', async () => {
    const { filename, db } = openWriter();
    const stopped = startWalCheckpointer(filename, 10);
    await stopped.stop();
    await expect(stopped.checkpoint()).rejects.toThrow();
    db.close();
  });
});
