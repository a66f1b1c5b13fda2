import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDatabaseAlone, useDatabase } from './database-in-use.js';
import { SqliteFileError } from './sqlite-file-error.js';

const freshDatabaseFile = () => join(mkdtempSync(join(tmpdir(), 'fitiq-in-use-')), 'fitiq.db');

const MODULE = fileURLToPath(new URL('./database-in-use.ts', import.meta.url));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Another process that marks the database in use and then stays, until it is killed. */
const holdInAnotherProcess = (databaseFile: string): Promise<ChildProcess> => {
  const program = `
    const { useDatabase } = await import(${JSON.stringify(MODULE)});
    useDatabase(${JSON.stringify(databaseFile)}, 0);
    console.log('held');
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', program],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
};

const refusal = (claim: () => unknown): SqliteFileError => {
  try {
    claim();
  } catch (error) {
    if (error instanceof SqliteFileError) return error;
    throw error;
  }
  throw new Error('the claim was granted');
};

describe('knowing whether a SQLite database is in use', () => {
  it('users share it; claiming it alone is refused while any of them holds it, granted once all left', () => {
    const file = freshDatabaseFile();
    const first = useDatabase(file, 0);
    const second = useDatabase(file, 0);
    expect(refusal(() => claimDatabaseAlone(file)).failure).toBe('in_use');
    first.release();
    expect(refusal(() => claimDatabaseAlone(file)).failure).toBe('in_use');
    second.release();
    claimDatabaseAlone(file).release();
  });

  it('while it is claimed alone, a user waits, then is told a restore is replacing it', () => {
    const file = freshDatabaseFile();
    const alone = claimDatabaseAlone(file);
    const started = performance.now();
    const error = refusal(() => useDatabase(file, 200));
    expect(error.message).toMatch(/being replaced by `fitiq restore`/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    alone.release();
    useDatabase(file, 0).release();
  });

  it('a process killed with SIGKILL leaves no lock behind: the kernel drops it with the process', async () => {
    const file = freshDatabaseFile();
    const holder = await holdInAnotherProcess(file);
    expect(refusal(() => claimDatabaseAlone(file)).message).toMatch(/in use by a running FitIQ server/);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    claimDatabaseAlone(file).release();
  });
});
