import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFitiq } from '../testing/run-fitiq.js';

/** Runs `fitiq <args>` as an operator would (a real process) with a fresh data folder. */
const fitiq = (args: string[], env: Record<string, string>) =>
  runFitiq(args, {
    FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-serve-')),
    FITIQ_LOG_LEVEL: 'silent',
    ...env,
  });

const listening: Server[] = [];
afterEach(() => {
  for (const server of listening.splice(0)) server.close();
});

/** A port something else listens on; with `release`, one that nothing listens on any more. */
const takePort = async ({ release = false } = {}): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  if (release) await new Promise((resolve) => server.close(resolve));
  else listening.push(server);
  return port;
};

describe('fitiq serve and fitiq migrate say why they cannot work, on one line', () => {
  it('fitiq serve on a port another program holds: exit 1, "already in use" and what to set', async () => {
    const port = await takePort();
    const run = fitiq(['serve'], { PORT: String(port) });
    expect(await run.exited).toBe(1);
    expect(run.output.stderr).toBe(
      `fitiq: 127.0.0.1:${port} is already in use (is FitIQ already running?); set PORT to serve on another port\n`,
    );
  });

  it('fitiq serve and fitiq migrate with PostgreSQL unreachable: exit 1, the database named without its password', async () => {
    const port = await takePort({ release: true });
    const env = { DATABASE_URL: `postgres://fitiq:s3cret@127.0.0.1:${port}/fitiq`, PORT: '0' };
    for (const command of ['serve', 'migrate']) {
      const run = fitiq([command], env);
      expect(await run.exited).toBe(1);
      const lines = run.output.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(
        `fitiq: cannot use the database at postgres://fitiq:***@127.0.0.1:${port}/fitiq`,
      );
      expect(lines[0]).toMatch(/ECONNREFUSED/);
      expect(run.output.stderr + run.output.stdout).not.toContain('s3cret');
    }
  });

  it('fitiq migrate brings a new SQLite database up to date, and says so', async () => {
    const run = fitiq(['migrate'], {});
    expect(await run.exited).toBe(0);
    expect(run.output.stdout).toMatch(/^fitiq: the database at .*fitiq\.db is up to date\n$/);
    expect(run.output.stderr).toBe('');
  });
});
