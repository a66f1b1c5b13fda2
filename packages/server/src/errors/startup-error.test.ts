import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redactDatabaseUrl } from '../storage/database-url.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { StartupError } from './startup-error.js';

let blocker: Server | undefined;
afterEach(() => blocker?.close());

const startFailure = async (config: ReturnType<typeof testConfig>): Promise<StartupError> => {
  const error = await startTestServer({ config }).then(
    async (server) => {
      await server.close();
      throw new Error('the server started');
    },
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
};

describe('a server that cannot start says why', () => {
  it('its port is taken: a listen failure naming the address and PORT', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const error = await startFailure(testConfig({ port }));
    expect(error.failure).toBe('listen');
    expect(error.message).toBe(
      `127.0.0.1:${port} is already in use (is FitIQ already running?); set PORT to serve on another port`,
    );
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
  });

  it('its data folder is not a folder: a data_dir failure, about the signing secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitiq-start-'));
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const config = testConfig({ dataDir: file, databaseUrl: join(dir, 'fitiq.db'), jwtSecret: null });
    const error = await startFailure(config);
    expect(error.failure).toBe('data_dir');
    expect(error.message).toMatch(
      /^cannot keep the token signing secret in .*not-a-folder: .*FITIQ_DATA_DIR/,
    );
  });

  // Node's recursive mkdir spins forever on such a path: the start hung instead of failing.
  it.runIf(process.platform === 'linux')(
    'its data folder is on a file system that refuses folders (/proc): it fails instead of hanging',
    async () => {
      const dataDir = '/proc/fitiq-start-test';
      const error = await startFailure(
        testConfig({ dataDir, databaseUrl: join(dataDir, 'fitiq.db'), jwtSecret: null }),
      );
      expect(error.failure).toBe('storage');
      expect(error.message).toContain(dataDir);
    },
  );

  it('its SQLite file cannot be created: a storage failure naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitiq-start-'));
    writeFileSync(join(dir, 'file'), '');
    const databaseUrl = join(dir, 'file', 'fitiq.db');
    const error = await startFailure(testConfig({ databaseUrl }));
    expect(error.failure).toBe('storage');
    expect(error.message).toContain(`cannot use the database at ${databaseUrl}: `);
  });
});

describe('redactDatabaseUrl', () => {
  it.each([
    ['postgres://fitiq:s3cret@db.internal:5432/fitiq', 'postgres://fitiq:***@db.internal:5432/fitiq'],
    ['postgresql://fitiq@db.internal/fitiq', 'postgresql://fitiq@db.internal/fitiq'],
    ['./data/fitiq.db', './data/fitiq.db'],
    ['postgres://fitiq:s3cret@[bad', 'postgres://…'],
  ])('%s -> %s', (url, shown) => {
    expect(redactDatabaseUrl(url)).toBe(shown);
  });
});
