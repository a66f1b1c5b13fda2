import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on one machine with nothing set: SQLite in ./data, the built-in parser, every role', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe(join(resolve('./data'), 'fitiq.db'));
    expect(config.parser).toBe('builtin');
    expect([...config.roles].sort()).toEqual(['api', 'realtime', 'worker']);
  });

  it("has the contract's defaults for timers, retention, limits and processing", () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(resolve('./data'));
    expect(config.jwtSecret).toBeNull();
    expect(config.helloTimeoutMs).toBe(10_000);
    expect(config.heartbeatMs).toBe(25_000);
    expect(config.sseHeartbeatMs).toBeLessThanOrEqual(15_000);
    expect(config.retention).toMatchObject({ days: 7, keepLast: 1000 });
    expect(config.maxConnectionsPerUser).toBeGreaterThanOrEqual(20);
    expect(config.processingDelayMs).toBe(0);
    expect(config.rateLimitPerMinute).not.toBeNull();
  });

  it('reads FITIQ_RATE_LIMIT as requests per minute, and "off" as no limit', () => {
    expect(loadConfig({ FITIQ_RATE_LIMIT: '42' }).rateLimitPerMinute).toBe(42);
    expect(loadConfig({ FITIQ_RATE_LIMIT: 'off' }).rateLimitPerMinute).toBeNull();
  });

  it('runs more jobs at once on SQLite (they share a group commit) than on PostgreSQL (a pooled connection each)', () => {
    expect(loadConfig({}).jobs.concurrency).toBe(16);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.internal/fitiq' }).jobs.concurrency).toBe(4);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.internal/fitiq' }).jobs.concurrency).toBe(4);
    const chosen = { DATABASE_URL: 'postgres://db.internal/fitiq', FITIQ_WORKER_CONCURRENCY: '32' };
    expect(loadConfig(chosen).jobs.concurrency).toBe(32);
  });

  it('reads the SQLite group-commit budget in microseconds: 1 ms unless set, 0 for a commit per transaction', () => {
    expect(loadConfig({}).sqliteGroupCommitUs).toBe(1000);
    expect(loadConfig({ FITIQ_SQLITE_GROUP_COMMIT_US: '250' }).sqliteGroupCommitUs).toBe(250);
    expect(loadConfig({ FITIQ_SQLITE_GROUP_COMMIT_US: '0' }).sqliteGroupCommitUs).toBe(0);
    expect(() => loadConfig({ FITIQ_SQLITE_GROUP_COMMIT_US: '-1' })).toThrow(/FITIQ_SQLITE_GROUP_COMMIT_US/);
    expect(() => loadConfig({ FITIQ_SQLITE_GROUP_COMMIT_US: '0.5' })).toThrow(ConfigError);
  });

  it('refuses values it cannot use, naming the setting', () => {
    expect(() => loadConfig({ FITIQ_WORKER_CONCURRENCY: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ FITIQ_WORKER_CONCURRENCY: 'many' })).toThrow(/FITIQ_WORKER_CONCURRENCY/);
    expect(() => loadConfig({ FITIQ_ROLES: 'api,cron' })).toThrow(/unknown role "cron"/);
    expect(() => loadConfig({ FITIQ_PARSER: 'magic' })).toThrow(/FITIQ_PARSER/);
  });
});
