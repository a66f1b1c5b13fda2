import { type ChildProcess, fork } from 'node:child_process';

type Request = { id: number; cmd: string; args: unknown };
type Reply = { id: number; result?: unknown; error?: string };
type Handlers = Record<string, (args: never) => Promise<unknown> | unknown>;

export type Child = {
  pid: number;
  info: Record<string, unknown>;
  call<T>(cmd: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
};

/**
 * Starts `script` as a child process that answers commands over IPC (see `serveCommands`), and
 * resolves once it sent its `ready` info. The child inherits the tsx loader of the parent.
 */
export const forkChild = (script: URL, env: Record<string, string> = {}, nodeArgs: string[] = []) =>
  new Promise<Child>((resolve, reject) => {
    const child: ChildProcess = fork(script.pathname, [], {
      execArgv: [...nodeArgs, '--conditions=source', '--import', 'tsx'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    let next = 0;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.on('message', (message: Reply | { ready: Record<string, unknown> }) => {
      if ('ready' in message) {
        resolve({
          pid: child.pid as number,
          info: message.ready,
          call: <T>(cmd: string, args?: unknown) =>
            new Promise<T>((done, fail) => {
              const id = next++;
              pending.set(id, { resolve: done as (v: unknown) => void, reject: fail });
              child.send({ id, cmd, args } satisfies Request);
            }),
          stop: async () => {
            child.kill('SIGTERM');
            const force = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(force);
          },
        });
        return;
      }
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.result);
    });
    void exited.then(() => {
      reject(new Error(`${script.pathname} exited before it was ready`));
      for (const waiter of pending.values()) waiter.reject(new Error(`${script.pathname} exited`));
    });
  });

/** The child's side: answers each command with its handler's result, then says it is ready. */
export const serveCommands = (
  handlers: Handlers,
  ready: Record<string, unknown>,
  onStop: () => Promise<void> = async () => {},
): void => {
  process.on('message', (message: Request) => {
    const handler = handlers[message.cmd];
    const reply = (body: Omit<Reply, 'id'>) => process.send?.({ id: message.id, ...body });
    if (!handler) return reply({ error: `unknown command ${message.cmd}` });
    Promise.resolve()
      .then(() => handler(message.args as never))
      .then(
        (result) => reply({ result: result ?? null }),
        (error: unknown) =>
          reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  const stop = () => void onStop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
  process.send?.({ ready });
};
