import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type ServerOptions, startServer } from '../app.js';
import { type Config, loadConfig } from '../config.js';

/** Settings for tests: an ephemeral port, a fresh data dir, quick timers, no rate limit, quiet logs. */
export const testConfig = (overrides: Partial<Config> = {}, env: Record<string, string> = {}): Config => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fitiq-test-'));
  const base = loadConfig({
    FITIQ_DATA_DIR: dataDir,
    PORT: '0',
    FITIQ_RATE_LIMIT: 'off',
    FITIQ_LOG_LEVEL: 'silent',
    FITIQ_HEARTBEAT_MS: '1000',
    FITIQ_HELLO_TIMEOUT_MS: '1000',
    FITIQ_JOB_POLL_MS: '50',
    FITIQ_JOB_RETRY_BASE_MS: '10',
    FITIQ_JOB_RETRY_MAX_MS: '50',
    FITIQ_SHUTDOWN_GRACE_MS: '200',
    ...env,
  });
  return { ...base, ...overrides };
};

export type TestServerOptions = Omit<ServerOptions, 'config'> & { config?: Config };

export const startTestServer = (options: TestServerOptions = {}): Promise<RunningServer> =>
  startServer({ ...options, config: options.config ?? testConfig() });
