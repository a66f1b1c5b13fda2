import type { AddressInfo } from 'node:net';
import { foodCatalog } from '@fitiq/nutrition';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { registerAccountRoutes } from './accounts/account-routes.js';
import { createAccountService } from './accounts/account-service.js';
import { registerAuthRoutes, registerSessionRoutes } from './auth/auth-routes.js';
import { createAuthService } from './auth/auth-service.js';
import { loadJwtSecret } from './auth/jwt-secret.js';
import { createLoginThrottle, registerLoginThrottle } from './auth/login-throttle.js';
import { Revocations } from './auth/revocations.js';
import { createSessionCheck } from './auth/session-check.js';
import { startSessionPruning } from './auth/session-pruning.js';
import { createSessionService } from './auth/session-service.js';
import { createMemoryThrottleStore, createRedisThrottleStore } from './auth/throttle-store.js';
import { createTokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { dataDirFailure, listenFailure, storageFailure } from './errors/startup-error.js';
import { createEventLog } from './events/event-log.js';
import { Hub } from './events/hub.js';
import { createInProcessBroker } from './events/in-process-broker.js';
import { createRedisBroker } from './events/redis-broker.js';
import { startRetention } from './events/retention.js';
import { createStreamReader } from './events/stream-reader.js';
import { registerFoodRoutes } from './foods/food-routes.js';
import { registerGoalsRoutes } from './goals/goals-routes.js';
import { createGoalsService } from './goals/goals-service.js';
import { trackAllowedMethods } from './http/allowed-methods.js';
import { createAuthenticate } from './http/authenticate.js';
import { clientErrorHandler } from './http/client-errors.js';
import { registerCors } from './http/cors.js';
import { registerOpenApi, registerOpenApiRoute } from './http/openapi.js';
import { createOriginPolicy } from './http/origin-policy.js';
import { errorHandler, frameworkErrorHandler, problem, sendProblem } from './http/problem.js';
import { registerRateLimit } from './http/rate-limit.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { serverTimeoutOptions, trustProxyOption } from './http/server-timeouts.js';
import { createValidatorCompiler } from './http/validator.js';
import { isPageRequest, registerWebApp, sendAppShell } from './http/web-app.js';
import { createMealProcessor } from './jobs/meal-processor.js';
import { createWorkerPool, type WorkerPool } from './jobs/worker-pool.js';
import { createMealCopier } from './meals/meal-copier.js';
import { createMealEditor } from './meals/meal-editor.js';
import { registerMealRoutes } from './meals/meal-routes.js';
import { createMealService } from './meals/meal-service.js';
import { registerRepeatRoutes } from './meals/repeat-routes.js';
import { type Clock, systemClock } from './ops/clock.js';
import { registerConnectionHealthRoute } from './ops/connection-health-route.js';
import { loggerOptions } from './ops/logger.js';
import { createMetrics } from './ops/metrics.js';
import { type OpsListener, startOpsListener } from './ops/ops-listener.js';
import { type OpsDeps, registerHealthRoutes, registerOpsRoutes } from './ops/ops-routes.js';
import { createReadyGauge } from './ops/ready-gauge.js';
import { createParser } from './parser/create-parser.js';
import type { MealParser } from './parser/meal-parser.js';
import { registerPortionRoutes } from './portions/portion-routes.js';
import { createAckRecorder } from './push/ack-recorder.js';
import type { PushDispatcher } from './push/push-dispatcher.js';
import { registerPushRoutes } from './push/push-routes.js';
import { withPushDeliveries } from './push/push-scheduling.js';
import { loadPushKeys, startPushDispatcher } from './push/push-setup.js';
import type { VapidKeys } from './push/vapid-keys.js';
import { ConnectionLimits } from './realtime/connection-limits.js';
import { registerPollRoute } from './realtime/poll-route.js';
import { registerSseRoute } from './realtime/sse-route.js';
import type { RealtimeHooks } from './realtime/ws-connection.js';
import { createWsGateway, type WsGateway } from './realtime/ws-gateway.js';
import { createStorage } from './storage/create-storage.js';
import type { Storage } from './storage/storage.js';
import { storageNotReady } from './storage/storage-errors.js';
import { registerSummaryRoutes } from './summary/summary-routes.js';
import { createSummaryService } from './summary/summary-service.js';

export type ServerOptions = {
  config: Config;
  /** Replaces the adapter DATABASE_URL picks (tests share one across restarts). */
  storage?: Storage;
  parser?: MealParser;
  clock?: Clock;
  realtimeHooks?: RealtimeHooks;
  /** Streams logs to this destination instead of stdout (tests keep them quiet). */
  logStream?: NodeJS.WritableStream;
};

export type RunningServer = {
  url: string;
  app: FastifyInstance;
  storage: Storage;
  workers: WorkerPool | null;
  /** The FITIQ_OPS_PORT listener's address (metrics, health); null when there is none. */
  opsUrl: string | null;
  /** Graceful shutdown: sockets closed with 1001, jobs finished or released, storage closed. */
  close(): Promise<void>;
};

const openStorage = (config: Config): Storage => {
  try {
    return createStorage(config.databaseUrl, {
      busyTimeoutMs: config.sqliteBusyTimeoutMs,
      groupCommitMs: config.sqliteGroupCommitUs / 1000,
    });
  } catch (error) {
    throw storageFailure(error, config.databaseUrl);
  }
};

const loadSigningSecret = (config: Config): Uint8Array => {
  try {
    return loadJwtSecret(config.jwtSecret, config.dataDir);
  } catch (error) {
    throw dataDirFailure(error, config.dataDir);
  }
};

/**
 * Builds the whole server from its configuration, migrates storage and starts listening. A start
 * that fails rejects with a StartupError saying why, having closed whatever it had opened.
 */
export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const roles = config.roles;
  const ownStorage = !options.storage;
  const storage = options.storage ?? openStorage(config);
  let jwtSecret: Uint8Array;
  let pushKeys: VapidKeys;
  try {
    await storage.migrate().catch((error: unknown) => {
      throw storageFailure(error, config.databaseUrl);
    });
    jwtSecret = loadSigningSecret(config);
    pushKeys = loadPushKeys(config);
  } catch (error) {
    if (ownStorage) await storage.close().catch(() => {});
    throw error;
  }

  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    trustProxy: trustProxyOption(config.trustProxy),
    // A request that arrives while the server closes, on a connection still in use, is answered like
    // any other (storage stays open until the HTTP server has closed) and its connection closed after:
    // Fastify's own answer would be a bare 503 in its own JSON, outside the problem+json contract.
    return503OnClosing: false,
    ...serverTimeoutOptions(config.timeouts),
  });
  const metrics = createMetrics();
  const broker = config.redisUrl ? createRedisBroker(config.redisUrl, app.log) : createInProcessBroker();
  const hub = new Hub(broker);
  const rateLimitRedis =
    config.redisUrl && (config.rateLimitPerMinute !== null || config.loginThrottle !== null)
      ? new Redis(config.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1 })
      : null;
  rateLimitRedis?.on('error', () => {});
  // Every meal outcome owes a push to the user's subscriptions, unless a live device acknowledges it.
  const eventLog = withPushDeliveries(
    createEventLog(storage, broker, metrics, () => clock.nowIso()),
    config.push.afterMs,
  );
  const reader = createStreamReader(storage, hub);
  const tokens = createTokenService(jwtSecret, config.accessTokenTtlSeconds);
  const revocations = new Revocations();
  const sessionCheck = createSessionCheck(storage, revocations, config.sessionCacheMs);
  const sessions = createSessionService({
    storage,
    clock,
    revocations,
    refreshTtlSeconds: config.refreshTokenTtlSeconds,
  });
  const auth = createAuthService(storage, tokens, sessions, clock);
  const accounts = createAccountService({ storage, revocations, clock });
  const loginThrottle = config.loginThrottle
    ? createLoginThrottle(
        rateLimitRedis ? createRedisThrottleStore(rateLimitRedis) : createMemoryThrottleStore(clock.now),
        config.loginThrottle,
        app.log,
      )
    : null;
  const origins = createOriginPolicy(config.allowedOrigins);
  app.setValidatorCompiler(createValidatorCompiler());
  // JSON only: without this, Fastify would hand a text/plain body to the schema as a string.
  app.removeContentTypeParser('text/plain');

  const catalog = foodCatalog();
  let workers: WorkerPool | null = null;
  if (roles.has('worker')) {
    const parser = options.parser ?? createParser(config);
    const process = createMealProcessor({
      storage,
      eventLog,
      parser,
      catalog,
      clock,
      metrics,
      settings: config.jobs,
    });
    workers = createWorkerPool({ storage, process, clock, log: app.log, metrics, settings: config.jobs });
  }
  if (workers) broker.onJobs(() => workers?.wake());
  const meals = createMealService({
    storage,
    eventLog,
    clock,
    onJobEnqueued: () => broker.ringJobs(),
    handoff: workers,
  });
  const editor = createMealEditor({
    eventLog,
    clock,
    catalog,
    onJobEnqueued: () => broker.ringJobs(),
    handoff: workers,
  });

  // WebSockets, SSE streams and waiting long-polls, counted together per user and on the node.
  const connectionLimits = new ConnectionLimits(config.maxConnectionsPerUser, config.maxSockets);
  // Responses held open (SSE streams, waiting polls) end when shutdown begins; one that is opened
  // after that ends at once, so none can hold the server's close for its whole length.
  const longLivedClosers = new Set<() => void>();
  let shuttingDown = false;
  const onShutdown = (close: () => void): (() => void) => {
    if (shuttingDown) {
      close();
      return () => {};
    }
    longLivedClosers.add(close);
    return () => longLivedClosers.delete(close);
  };

  app.setErrorHandler(errorHandler);
  const allowedMethods = trackAllowedMethods(app);
  registerSecurityHeaders(app);
  await registerCors(app, origins);
  const servesWebApp = await registerWebApp(app, config.webDir);
  app.setNotFoundHandler((request, reply) => {
    if (servesWebApp && isPageRequest(request)) return sendAppShell(reply);
    const path = request.url.split('?')[0] ?? '/';
    const allowed = allowedMethods(path);
    if (allowed.length > 0) {
      const allow = allowed.join(', ');
      const detail = `${request.method} is not allowed on ${path}; it takes ${allow}`;
      return sendProblem(reply, problem('method_not_allowed', detail), { allow });
    }
    return sendProblem(reply, problem('not_found', `No route for ${request.method} ${path}`));
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerOpenApi(app);

  if (roles.has('api')) {
    await app.register(async (scope) => {
      await registerRateLimit(scope, config.rateLimitPerMinute, 'ip', rateLimitRedis);
      if (loginThrottle) registerLoginThrottle(scope, loginThrottle);
      registerAuthRoutes(scope, auth);
    });
  }
  await app.register(async (scope) => {
    scope.addHook('onRequest', createAuthenticate(tokens, sessionCheck));
    await registerRateLimit(scope, config.rateLimitPerMinute, 'user', rateLimitRedis);
    if (roles.has('api')) {
      registerSessionRoutes(scope, auth);
      registerAccountRoutes(scope, accounts);
      registerRepeatRoutes(scope, createMealCopier({ storage, eventLog, clock }), storage);
      registerMealRoutes(scope, meals, editor);
      registerFoodRoutes(scope, catalog);
      registerPortionRoutes(scope, storage);
      registerPushRoutes(scope, { storage, clock, publicKey: pushKeys.publicKey, hosts: config.push.hosts });
      registerGoalsRoutes(scope, createGoalsService({ storage, eventLog, clock }));
      registerSummaryRoutes(scope, createSummaryService(storage));
    }
    if (roles.has('realtime')) {
      registerPollRoute(scope, { reader, metrics, limits: connectionLimits, onShutdown });
      registerSseRoute(scope, {
        reader,
        metrics,
        heartbeatMs: config.sseHeartbeatMs,
        onShutdown,
        revocations,
        sessionCheck,
        limits: connectionLimits,
      });
    }
    registerConnectionHealthRoute(scope, metrics);
  });

  let migrated = true;
  const ops: OpsDeps = {
    metrics,
    readiness: async () => {
      try {
        await storage.ping();
        if (!migrated) return 'storage is not migrated';
        await storage.checkWritable();
        return broker.health();
      } catch (error) {
        return storageNotReady(error);
      }
    },
    beforeScrape: async () => {
      metrics.jobQueueDepth.set(await storage.repos.jobs.countPending());
      // What /readyz would answer, so an alert can follow readiness from the scrape alone.
      await readyGauge.refresh();
    },
  };
  // With FITIQ_OPS_PORT, /metrics is served on that listener only (started below, after this one);
  // liveness and readiness stay here too, for load balancers that probe the main port.
  if (config.opsPort === null) registerOpsRoutes(app, ops);
  else registerHealthRoutes(app, ops.readiness);
  const readyGauge = createReadyGauge(metrics.ready, ops.readiness, () => clock.now());
  registerOpenApiRoute(app);

  // Node's default backlog (511) overflows when thousands of clients reconnect at once (a restart,
  // a network blip): the kernel drops their SYNs and they retry after 1, 3, 7, 15, 31 s. A deeper
  // queue lets them wait to be accepted instead; the reconnect storm benchmark showed the difference.
  try {
    await app.listen({ port: config.port, host: config.host, backlog: config.listenBacklog });
  } catch (error) {
    // Nothing has started yet (no worker, no timer): give back what is open, then say why.
    await app.close();
    await broker.close();
    rateLimitRedis?.disconnect();
    if (ownStorage) await storage.close();
    throw listenFailure(error, config.host, config.port);
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let opsListener: OpsListener | null = null;
  if (config.opsPort !== null) {
    try {
      opsListener = await startOpsListener({ host: config.host, port: config.opsPort, log: app.log }, ops);
    } catch (error) {
      await app.close();
      await broker.close();
      rateLimitRedis?.disconnect();
      if (ownStorage) await storage.close();
      throw error;
    }
  }

  let gateway: WsGateway | null = null;
  if (roles.has('realtime')) {
    gateway = createWsGateway(app.server, {
      tokens,
      sessions: sessionCheck,
      revocations,
      reader,
      metrics,
      log: app.log,
      hooks: options.realtimeHooks ?? {},
      onAcknowledged: createAckRecorder(storage, app.log),
      settings: {
        heartbeatMs: config.heartbeatMs,
        helloTimeoutMs: config.helloTimeoutMs,
        maxBufferedBytes: config.wsMaxBufferedBytes,
        closeTimeoutMs: config.wsCloseTimeoutMs,
      },
      origins,
      limits: connectionLimits,
    });
  }
  workers?.start();
  const pushes: PushDispatcher | null = roles.has('worker')
    ? startPushDispatcher({ config, keys: pushKeys, storage, clock, log: app.log, metrics })
    : null;
  const retention = startRetention(storage, config.retention, clock, app.log);
  const sessionPruning = startSessionPruning(storage, config.retention.pruneEveryMs, clock, app.log);

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    app,
    storage,
    workers,
    opsUrl: opsListener?.url ?? null,
    close: () => {
      closing ??= (async () => {
        migrated = false;
        retention.stop();
        sessionPruning.stop();
        gateway?.shutdown();
        shuttingDown = true;
        for (const close of [...longLivedClosers]) close();
        await workers?.stop(config.shutdownGraceMs);
        await pushes?.stop();
        // A connection whose request is still being answered closes right after its answer. Node
        // closes only the connections idle when the server closes; the others would keep it
        // waiting for their keep-alive timeout (72 s), longer than most supervisors wait.
        app.server.keepAliveTimeout = 1;
        await app.close();
        await opsListener?.close();
        await broker.close();
        rateLimitRedis?.disconnect();
        if (ownStorage) await storage.close();
      })();
      return closing;
    },
  };
};
