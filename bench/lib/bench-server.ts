import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, spawnServer } from '@fitiq/server/testing';

/** A FitIQ server as its own process with a fresh SQLite database, tuned for load (no rate limit, quiet logs). */
export const startBenchServer = async (env: Record<string, string> = {}): Promise<ServerProcess> => {
  // FITIQ_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load
  // (Node refuses --cpu-prof in NODE_OPTIONS, so these go on the command line).
  const nodeArgs = process.env.FITIQ_BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const server = await spawnServer(
    {
      FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-bench-')),
      FITIQ_RATE_LIMIT: 'off',
      FITIQ_LOG_LEVEL: 'warn',
      FITIQ_MAX_CONNECTIONS_PER_USER: '100',
      FITIQ_SHUTDOWN_GRACE_MS: '0',
      ...env,
    },
    nodeArgs,
  );
  // Warnings and crashes of the server under load belong in the benchmark's output.
  server.child.stderr?.pipe(process.stderr);
  void server.exited.then(
    (code) => code !== null && code !== 0 && console.error(`[bench] server exited with ${code}`),
  );
  return server;
};

/** Graceful stop (so `NODE_OPTIONS=--cpu-prof` profiles get written), forced after 5 s. */
export const stopBenchServer = async (server: ServerProcess): Promise<void> => {
  server.child.kill('SIGTERM');
  const force = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await server.exited;
  clearTimeout(force);
};
