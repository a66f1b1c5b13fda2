import { describe, expect, it } from 'vitest';
import { createSqliteStorage } from './sqlite-storage.js';

/** Three transactions queued in one turn; what ran, in order: each one's work, then its commit. */
const runThree = async (groupCommitMs?: number) => {
  const storage = createSqliteStorage(':memory:', groupCommitMs === undefined ? {} : { groupCommitMs });
  const steps: string[] = [];
  try {
    await Promise.all(
      [1, 2, 3].map((n) =>
        storage.transaction(
          async () => {
            steps.push(`work ${n}`);
          },
          () => steps.push(`commit ${n}`),
        ),
      ),
    );
  } finally {
    await storage.close();
  }
  return steps;
};

describe('the SQLite group-commit budget (FITIQ_SQLITE_GROUP_COMMIT_US)', () => {
  it('by default, transactions queued together share one commit', async () => {
    expect(await runThree()).toEqual(['work 1', 'work 2', 'work 3', 'commit 1', 'commit 2', 'commit 3']);
  });

  it('at 0, every transaction commits before the next one runs', async () => {
    expect(await runThree(0)).toEqual(['work 1', 'commit 1', 'work 2', 'commit 2', 'work 3', 'commit 3']);
  });
});
