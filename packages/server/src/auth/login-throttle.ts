import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors/app-error.js';
import type { ThrottleStore } from './throttle-store.js';

export const LOGIN_PATH = '/api/v1/auth/login';

/** Failures are remembered this long after the last one, so a patient guesser starts where it left off. */
const REMEMBER_FAILURES_MS = 24 * 60 * 60 * 1000;

export type LoginThrottleSettings = NonNullable<Config['loginThrottle']>;

/**
 * The lockout after the `failures`-th attempt: none before `allowed`, then `baseMs` doubling with
 * each further failure, capped at `maxMs`. Pure, so the schedule can be read and tested on its own.
 */
export const lockoutMs = (failures: number, allowed: number, baseMs: number, maxMs: number): number => {
  if (failures < allowed) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - allowed, 40));
};

type Outcome = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Login attempts per client IP and per account (the email as typed, whether or not it exists, so the
 * throttle answers alike for both). Each attempt is counted before the password is checked, so
 * parallel guesses cannot all pass under the limit; a success clears the account's count. Past the
 * allowed failures, one attempt is let through per lockout window, and each failure doubles the window.
 */
export const createLoginThrottle = (
  store: ThrottleStore,
  settings: LoginThrottleSettings,
  log: FastifyBaseLogger,
) => {
  const attemptOn = async (key: string, allowed: number): Promise<Outcome> => {
    const remaining = await store.lockRemainingMs(key);
    if (remaining > 0) return { allowed: false, retryAfterMs: remaining };
    const failures = await store.incrementFailures(key, REMEMBER_FAILURES_MS);
    const lockMs = lockoutMs(failures, allowed, settings.lockoutBaseMs, settings.lockoutMaxMs);
    // Locking now covers the window after this attempt; losing the race means a concurrent attempt
    // already took this window's one try.
    if (lockMs === 0 || (await store.tryLock(key, lockMs))) return { allowed: true };
    await store.decrementFailures(key);
    return { allowed: false, retryAfterMs: await store.lockRemainingMs(key) };
  };

  /** A store that fails (Redis down) must not lock everyone out: the throttle is a defence, not a gate. */
  const safely = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      log.warn({ err: error }, 'login throttle store failed; letting the attempt through');
      return fallback;
    }
  };

  return {
    attempt: (ip: string, account: string): Promise<Outcome> =>
      safely(
        async () => {
          const byIp = await attemptOn(`ip:${ip}`, settings.maxFailuresPerIp);
          if (!byIp.allowed) return byIp;
          const byAccount = await attemptOn(`account:${account}`, settings.maxFailuresPerAccount);
          if (!byAccount.allowed) await store.decrementFailures(`ip:${ip}`);
          return byAccount;
        },
        { allowed: true },
      ),
    /** The password was right: the account starts afresh, and the IP gets its attempt back. */
    succeeded: (ip: string, account: string): Promise<void> =>
      safely(async () => {
        await store.clear(`account:${account}`);
        await store.decrementFailures(`ip:${ip}`);
      }, undefined),
  };
};

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

const accountOf = (request: FastifyRequest): string => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

/**
 * Wraps the login route of the scope it is registered in, from outside the route: counted before the
 * handler runs (after body validation), cleared on a 200. Refused attempts get 429 `rate_limited`
 * with Retry-After, the same for a known and an unknown email.
 */
export const registerLoginThrottle = (app: FastifyInstance, throttle: LoginThrottle) => {
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== LOGIN_PATH) return;
    const outcome = await throttle.attempt(request.ip, accountOf(request));
    if (outcome.allowed) return;
    // The body names no reason and no time: it reads the same whether the IP or the account is locked.
    const seconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
    throw new AppError('rate_limited', 'Too many failed logins; retry after Retry-After seconds', undefined, {
      'retry-after': String(seconds),
    });
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.routeOptions.url === LOGIN_PATH && reply.statusCode === 200)
      await throttle.succeeded(request.ip, accountOf(request));
  });
};
