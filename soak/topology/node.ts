import { type ServerProcess, spawnServer } from '@fitiq/server/testing';

export type RestartableNode = {
  readonly url: string;
  readonly up: boolean;
  /** SIGKILL: no shutdown hook runs, leases stay taken, sockets die without a close frame. */
  kill(): Promise<void>;
  /** Starts the process again with the same environment (the same port, so proxies keep working). */
  start(): Promise<void>;
};

/** One `fitiq serve` child process that the chaos driver may kill and start again. */
export const restartableNode = async (env: Record<string, string>): Promise<RestartableNode> => {
  let current: ServerProcess | null = await spawnServer(env);
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
      current = await spawnServer(env);
    },
  };
};
