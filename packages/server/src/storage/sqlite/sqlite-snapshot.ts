import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';

/** Flushes a file, or a folder's entries (a rename), to the disk; folders cannot be opened so on Windows. */
export const syncToDisk = (path: string): void => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  } finally {
    closeSync(fd);
  }
};

/**
 * Writes a consistent copy of the database `source` is connected to, to `target`, replacing what is
 * there in one rename: a reader of `target` sees the old file or the whole new one, never a part.
 *
 * `VACUUM INTO` rather than SQLite's online backup API (better-sqlite3's `db.backup()`): it copies
 * inside one read transaction, so it sees one snapshot while the server goes on committing (WAL
 * readers never block the writer, nor the writer them), and it finishes in one pass. The backup API
 * copies a few pages per step and starts over whenever another connection writes the source between
 * steps, which under a server's steady write load can mean never finishing. The copy comes out
 * compacted too, without free pages and without the write-ahead log. It is not synced by SQLite:
 * this function syncs it before the rename, and the folder after.
 */
export const writeSnapshot = (source: SqliteDatabase.Database, target: string): void => {
  const staged = `${target}.partial-${process.pid}`;
  // VACUUM INTO refuses a file that exists: a leftover of an earlier run that died goes first.
  rmSync(staged, { force: true });
  try {
    source.prepare('VACUUM INTO ?').run(staged);
    syncToDisk(staged);
    renameSync(staged, target);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
  syncToDisk(dirname(target));
};
