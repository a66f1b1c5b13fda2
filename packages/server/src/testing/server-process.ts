import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

export type ServerProcess = { url: string; child: ChildProcess; exited: Promise<number | null> };

/**
 * Runs `fitiq serve` as a real child process (what an operator runs), so a test can SIGKILL it.
 * Resolves once the server logs the address it listens on.
 */
export const spawnServer = (env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...nodeArgs,
        '--conditions=source',
        '--import',
        'tsx',
        join(repoRoot, 'packages/cli/src/main.ts'),
        'serve',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, PORT: '0', FITIQ_LOG_LEVEL: 'info', FITIQ_RATE_LIMIT: 'off', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /FitIQ is listening on (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ url: match[1], child, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
