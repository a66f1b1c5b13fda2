import { join, resolve } from 'node:path';
import { DEFAULT_PUSH_HOSTS, type PushHostRule, parsePushHosts } from './push/push-hosts.js';
import { type VapidKeys, vapidKeyProblem } from './push/vapid-keys.js';
import { isPostgresUrl } from './storage/database-url.js';

export const ROLES = ['api', 'realtime', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export type ParserKind = 'builtin' | 'openai';

export type Config = {
  port: number;
  host: string;
  /** A second listener, on `host`, for /metrics, /healthz and /readyz only; null keeps them on `port`. */
  opsPort: number | null;
  dataDir: string;
  /** A SQLite file path (or `:memory:`), or a `postgres://` URL. */
  databaseUrl: string;
  redisUrl: string | null;
  /** Null: generated once and kept in the data dir. */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long a node trusts that a session is not revoked before reading it again (0: every request). */
  sessionCacheMs: number;
  parser: ParserKind;
  openai: { baseUrl: string; apiKey: string | null; model: string };
  processingDelayMs: number;
  /** Requests per minute per user (per IP on auth routes); null disables limiting. */
  rateLimitPerMinute: number | null;
  maxConnectionsPerUser: number;
  roles: ReadonlySet<Role>;
  heartbeatMs: number;
  helloTimeoutMs: number;
  sseHeartbeatMs: number;
  retention: { days: number; keepLast: number; pruneEveryMs: number };
  jobs: {
    concurrency: number;
    leaseMs: number;
    pollMs: number;
    maxAttempts: number;
    parserTimeoutMs: number;
    retryBaseMs: number;
    retryMaxMs: number;
  };
  /** Largest request body in bytes. */
  bodyLimitBytes: number;
  logLevel: string;
  shutdownGraceMs: number;
  /** The built web app to serve at `/`; null serves the API alone. */
  webDir: string | null;
  /** Browser origins besides the server's own that may call the API and open sockets (CORS, WebSocket Origin). */
  allowedOrigins: readonly string[];
  /** Fastify `trustProxy`: whose X-Forwarded-For to believe for the client IP (per-IP limits). */
  trustProxy: boolean | number | string[];
  /** Slowloris defences: time to receive the headers, the whole request, and idle limits. */
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number; idleMs: number };
  /** WebSocket sockets one node keeps open at most; beyond it upgrades get 503. */
  maxSockets: number;
  /** Connections the kernel queues before we accept them (capped by net.core.somaxconn). */
  listenBacklog: number;
  /** Bytes a socket may have queued unsent before its reader counts as stalled (closed with 4408). */
  wsMaxBufferedBytes: number;
  /** How long a socket the server closed may take to answer the close before it is cut off. */
  wsCloseTimeoutMs: number;
  /** How long a SQLite statement waits for another process's write lock before SQLITE_BUSY. */
  sqliteBusyTimeoutMs: number;
  /**
   * Microseconds of work a SQLite group commit takes before it commits, and the transactions still
   * waiting go in the next one: longer batches write more meals per second, shorter ones deliver each
   * event sooner after its work (0: every transaction commits alone).
   */
  sqliteGroupCommitUs: number;
  /** Login failures tolerated before exponential lockouts; null disables the throttle. */
  loginThrottle: {
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    lockoutBaseMs: number;
    lockoutMaxMs: number;
  } | null;
  /** Web Push (v1.1): when a result no device acknowledged is pushed, to which hosts, signed how. */
  push: {
    /** How long a live device has to acknowledge a meal's outcome before it is pushed. */
    afterMs: number;
    pollMs: number;
    /** One push request's limit, the push service's answer included. */
    timeoutMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    hosts: readonly PushHostRule[];
    /** Null: generated once and kept in the data dir. */
    vapidKeys: VapidKeys | null;
    /** Who runs this server, for push services (the VAPID `sub`); null: a placeholder, with a warning. */
    vapidSubject: string | null;
  };
};

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const integer = (env: Env, name: string, fallback: number, min = 0): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
};

const parseRoles = (raw: string | undefined): ReadonlySet<Role> => {
  if (!raw) return new Set(ROLES);
  const roles = raw.split(',').map((r) => r.trim());
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError(`FITIQ_ROLES: unknown role "${role}" (use ${ROLES.join(', ')})`);
    }
  }
  return new Set(roles as Role[]);
};

const parseRateLimit = (raw: string | undefined): number | null => {
  if (raw === 'off') return null;
  return integer({ FITIQ_RATE_LIMIT: raw }, 'FITIQ_RATE_LIMIT', 600, 1);
};

const parseParser = (raw: string | undefined): ParserKind => {
  if (!raw || raw === 'builtin') return 'builtin';
  if (raw === 'openai') return 'openai';
  throw new ConfigError(`FITIQ_PARSER must be "builtin" or "openai", got "${raw}"`);
};

const parseOrigins = (raw: string | undefined): readonly string[] => {
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new ConfigError(
          `FITIQ_ALLOWED_ORIGINS: "${entry}" is not an origin like https://app.example.com`,
        );
      }
      // An origin is scheme, host and port only: a path here would never match what browsers send.
      const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
      if (url.origin === 'null' || !bare) {
        throw new ConfigError(
          `FITIQ_ALLOWED_ORIGINS: "${entry}" is not an origin like https://app.example.com`,
        );
      }
      return url.origin;
    });
};

const parseTrustProxy = (raw: string | undefined): boolean | number | string[] => {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw.split(',').map((entry) => entry.trim());
};

const parseLoginThrottle = (env: Env): Config['loginThrottle'] => {
  if (env.FITIQ_LOGIN_THROTTLE === 'off') return null;
  return {
    maxFailuresPerAccount: integer(env, 'FITIQ_LOGIN_MAX_FAILURES', 5, 1),
    maxFailuresPerIp: integer(env, 'FITIQ_LOGIN_MAX_FAILURES_PER_IP', 50, 1),
    lockoutBaseMs: integer(env, 'FITIQ_LOGIN_LOCKOUT_MS', 1000, 1),
    lockoutMaxMs: integer(env, 'FITIQ_LOGIN_LOCKOUT_MAX_MS', 15 * 60_000, 1),
  };
};

const parseTimeouts = (env: Env): Config['timeouts'] => {
  const timeouts = {
    headersMs: integer(env, 'FITIQ_HEADERS_TIMEOUT_MS', 10_000, 10),
    requestMs: integer(env, 'FITIQ_REQUEST_TIMEOUT_MS', 30_000, 10),
    keepAliveMs: integer(env, 'FITIQ_KEEP_ALIVE_TIMEOUT_MS', 72_000, 10),
    idleMs: integer(env, 'FITIQ_IDLE_TIMEOUT_MS', 120_000, 10),
  };
  // Node refuses a header timeout longer than the whole-request timeout.
  if (timeouts.headersMs > timeouts.requestMs) {
    throw new ConfigError('FITIQ_HEADERS_TIMEOUT_MS must not exceed FITIQ_REQUEST_TIMEOUT_MS');
  }
  return timeouts;
};

const parsePush = (env: Env): Config['push'] => {
  const hosts = parsePushHosts(env.FITIQ_PUSH_HOSTS || DEFAULT_PUSH_HOSTS);
  if ('problem' in hosts) throw new ConfigError(`FITIQ_PUSH_HOSTS: ${hosts.problem}`);
  const publicKey = env.FITIQ_VAPID_PUBLIC_KEY || null;
  const privateKey = env.FITIQ_VAPID_PRIVATE_KEY || null;
  if ((publicKey === null) !== (privateKey === null))
    throw new ConfigError('set both FITIQ_VAPID_PUBLIC_KEY and FITIQ_VAPID_PRIVATE_KEY, or neither');
  const vapidKeys = publicKey && privateKey ? { publicKey, privateKey } : null;
  const problem = vapidKeys && vapidKeyProblem(vapidKeys);
  if (problem) throw new ConfigError(`FITIQ_VAPID_PUBLIC_KEY/FITIQ_VAPID_PRIVATE_KEY: ${problem}`);
  const subject = env.FITIQ_VAPID_SUBJECT || null;
  if (subject !== null && !/^(mailto:|https:\/\/)./.test(subject))
    throw new ConfigError(`FITIQ_VAPID_SUBJECT must be a mailto: or https: URL, got "${subject}"`);
  return {
    afterMs: integer(env, 'FITIQ_PUSH_AFTER_MS', 5000, 0),
    pollMs: integer(env, 'FITIQ_PUSH_POLL_MS', 1000, 10),
    timeoutMs: integer(env, 'FITIQ_PUSH_TIMEOUT_MS', 10_000, 10),
    maxAttempts: integer(env, 'FITIQ_PUSH_MAX_ATTEMPTS', 5, 1),
    retryBaseMs: integer(env, 'FITIQ_PUSH_RETRY_BASE_MS', 2000, 1),
    retryMaxMs: integer(env, 'FITIQ_PUSH_RETRY_MAX_MS', 120_000, 1),
    hosts,
    vapidKeys,
    vapidSubject: subject,
  };
};

/**
 * On SQLite a job waiting for its outcome's commit costs only a place in the next group commit, so
 * enough of them let processing keep pace with a busy API (measured: 16 completed three times as
 * many jobs as 4 during a POST flood, at the same POST throughput). On PostgreSQL each holds one of
 * the node's ten pooled connections while it commits.
 */
const defaultWorkerConcurrency = (databaseUrl: string): number => (isPostgresUrl(databaseUrl) ? 4 : 16);

/** FITIQ_OPS_PORT: unset for none; 0 picks a free port (tests). It cannot share the main port. */
const parseOpsPort = (env: Env, port: number): number | null => {
  if (env.FITIQ_OPS_PORT === undefined || env.FITIQ_OPS_PORT === '') return null;
  const opsPort = integer(env, 'FITIQ_OPS_PORT', 0);
  if (opsPort > 65_535) throw new ConfigError(`FITIQ_OPS_PORT must be a port number, got "${opsPort}"`);
  if (opsPort !== 0 && opsPort === port) throw new ConfigError('FITIQ_OPS_PORT must differ from PORT');
  return opsPort;
};

/** Reads the configuration from the environment; every setting has a default for one machine. */
export const loadConfig = (env: Env = process.env): Config => {
  const dataDir = resolve(env.FITIQ_DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || join(dataDir, 'fitiq.db');
  const port = integer(env, 'PORT', 8080);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    opsPort: parseOpsPort(env, port),
    dataDir,
    databaseUrl,
    redisUrl: env.REDIS_URL || null,
    jwtSecret: env.FITIQ_JWT_SECRET || null,
    accessTokenTtlSeconds: integer(env, 'FITIQ_ACCESS_TOKEN_TTL_SECONDS', 900, 1),
    refreshTokenTtlSeconds: integer(env, 'FITIQ_REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 1),
    sessionCacheMs: integer(env, 'FITIQ_SESSION_CACHE_MS', 5000, 0),
    parser: parseParser(env.FITIQ_PARSER),
    openai: {
      baseUrl: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
      apiKey: env.OPENAI_API_KEY || null,
      model: env.OPENAI_MODEL || 'gpt-4o-mini',
    },
    processingDelayMs: integer(env, 'FITIQ_PROCESSING_DELAY_MS', 0),
    rateLimitPerMinute: parseRateLimit(env.FITIQ_RATE_LIMIT),
    maxConnectionsPerUser: integer(env, 'FITIQ_MAX_CONNECTIONS_PER_USER', 20, 1),
    roles: parseRoles(env.FITIQ_ROLES),
    heartbeatMs: integer(env, 'FITIQ_HEARTBEAT_MS', 25_000, 10),
    helloTimeoutMs: integer(env, 'FITIQ_HELLO_TIMEOUT_MS', 10_000, 10),
    sseHeartbeatMs: integer(env, 'FITIQ_SSE_HEARTBEAT_MS', 15_000, 10),
    retention: {
      days: integer(env, 'FITIQ_RETENTION_DAYS', 7, 0),
      keepLast: integer(env, 'FITIQ_RETENTION_KEEP_LAST', 1000, 0),
      pruneEveryMs: integer(env, 'FITIQ_RETENTION_PRUNE_EVERY_MS', 3_600_000, 1000),
    },
    jobs: {
      concurrency: integer(env, 'FITIQ_WORKER_CONCURRENCY', defaultWorkerConcurrency(databaseUrl), 1),
      leaseMs: integer(env, 'FITIQ_JOB_LEASE_MS', 15_000, 100),
      pollMs: integer(env, 'FITIQ_JOB_POLL_MS', 1000, 10),
      maxAttempts: integer(env, 'FITIQ_JOB_MAX_ATTEMPTS', 5, 1),
      parserTimeoutMs: integer(env, 'FITIQ_PARSER_TIMEOUT_MS', 30_000, 10),
      retryBaseMs: integer(env, 'FITIQ_JOB_RETRY_BASE_MS', 1000, 1),
      retryMaxMs: integer(env, 'FITIQ_JOB_RETRY_MAX_MS', 60_000, 1),
    },
    bodyLimitBytes: integer(env, 'FITIQ_BODY_LIMIT_BYTES', 64 * 1024, 1024),
    logLevel: env.FITIQ_LOG_LEVEL || 'info',
    shutdownGraceMs: integer(env, 'FITIQ_SHUTDOWN_GRACE_MS', 10_000, 0),
    webDir: env.FITIQ_WEB_DIR ? resolve(env.FITIQ_WEB_DIR) : null,
    allowedOrigins: parseOrigins(env.FITIQ_ALLOWED_ORIGINS),
    trustProxy: parseTrustProxy(env.FITIQ_TRUST_PROXY),
    timeouts: parseTimeouts(env),
    maxSockets: integer(env, 'FITIQ_MAX_SOCKETS', 20_000, 1),
    listenBacklog: integer(env, 'FITIQ_LISTEN_BACKLOG', 4096, 1),
    wsMaxBufferedBytes: integer(env, 'FITIQ_WS_MAX_BUFFERED_BYTES', 1024 * 1024, 1024),
    wsCloseTimeoutMs: integer(env, 'FITIQ_WS_CLOSE_TIMEOUT_MS', 5000, 10),
    sqliteBusyTimeoutMs: integer(env, 'FITIQ_SQLITE_BUSY_TIMEOUT_MS', 5000, 0),
    sqliteGroupCommitUs: integer(env, 'FITIQ_SQLITE_GROUP_COMMIT_US', 1000, 0),
    loginThrottle: parseLoginThrottle(env),
    push: parsePush(env),
  };
};
