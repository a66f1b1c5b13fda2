import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ServerProcess, spawnServer } from '@fitiq/server/testing';

export type RestartableNode = {
  readonly url: string;
  readonly up: boolean;
  /** SIGKILL: no shutdown hook runs, leases stay taken, sockets die without a close frame. */
  kill(): Promise<void>;
  /** Starts the process again with the same environment (the same port, so proxies keep working). */
  start(): Promise<void>;
};

/** With FITIQ_SOAK_LOG_DIR set, each node's warnings and errors go to `<dir>/<name>.log` (to explain a failure). */
const keepLogs = (name: string, server: ServerProcess): ServerProcess => {
  const dir = process.env.FITIQ_SOAK_LOG_DIR;
  if (!dir) return server;
  // The server logs to stdout (pino); stderr carries crashes.
  for (const stream of [server.child.stdout, server.child.stderr])
    stream?.on('data', (chunk: Buffer) => appendFileSync(join(dir, `${name}.log`), chunk));
  return server;
};

/** One `fitiq serve` child process that the chaos driver may kill and start again. */
export const restartableNode = async (
  name: string,
  env: Record<string, string>,
): Promise<RestartableNode> => {
  const spawn = async () => keepLogs(name, await spawnServer(env));
  let current: ServerProcess | null = await spawn();
  const url = current.url;
  return {
    url,
    get up() {
      return current !== null;
    },
    async kill() {
      const victim = current;
      if (!victim) return;
      current = null;
      victim.child.kill('SIGKILL');
      await victim.exited;
    },
    async start() {
      if (current) return;
      current = await spawn();
    },
  };
};
