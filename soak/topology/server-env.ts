import { randomBytes } from 'node:crypto';

/** How slow the AI step is: long enough that a worker killed at random is often in the middle of one. */
export const PROCESSING_DELAY_MS = 400;

/**
 * The environment every soak node shares. Timers are short so that recovery (a dead socket noticed,
 * an expired lease reclaimed) takes seconds, not minutes; retention keeps everything so no cursor
 * can legitimately expire during the run (a reset would then be a bug, and is counted as one).
 */
export const serverEnv = (dataDir: string): Record<string, string> => ({
  FITIQ_DATA_DIR: dataDir,
  FITIQ_JWT_SECRET: randomBytes(24).toString('hex'),
  FITIQ_LOG_LEVEL: 'warn',
  FITIQ_RATE_LIMIT: 'off',
  FITIQ_MAX_CONNECTIONS_PER_USER: '200',
  FITIQ_HEARTBEAT_MS: '1000',
  FITIQ_SSE_HEARTBEAT_MS: '500',
  FITIQ_RETENTION_DAYS: '3650',
  FITIQ_RETENTION_KEEP_LAST: '100000000',
  FITIQ_PROCESSING_DELAY_MS: String(PROCESSING_DELAY_MS),
  // Well above the processing delay (leases are not renewed), short enough that a killed worker's
  // job is reclaimed within seconds.
  FITIQ_JOB_LEASE_MS: '3000',
  FITIQ_JOB_POLL_MS: '200',
  // The AI step is a wait (an LLM call in production), so a worker runs many at once: with the default
  // 4 and a worker killed every half minute the queue grew through a 10-minute run.
  FITIQ_WORKER_CONCURRENCY: '16',
  FITIQ_JOB_RETRY_BASE_MS: '100',
  FITIQ_JOB_RETRY_MAX_MS: '1000',
  FITIQ_SHUTDOWN_GRACE_MS: '0',
});
