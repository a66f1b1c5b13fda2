import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, spawnServer } from '@fitiq/server/testing';

/** A FitIQ server as its own process with a fresh SQLite database, tuned for load (no rate limit, quiet logs). */
export const startBenchServer = (env: Record<string, string> = {}): Promise<ServerProcess> =>
  spawnServer({
    FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-bench-')),
    FITIQ_RATE_LIMIT: 'off',
    FITIQ_LOG_LEVEL: 'warn',
    FITIQ_MAX_CONNECTIONS_PER_USER: '100',
    ...env,
  });

export const stopBenchServer = async (server: ServerProcess): Promise<void> => {
  server.child.kill('SIGKILL');
  await server.exited;
};
