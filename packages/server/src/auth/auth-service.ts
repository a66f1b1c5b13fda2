import { randomUUID } from 'node:crypto';
import type { Credentials, Session, User } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import { DECOY_HASH_PROMISE, hashPassword, verifyPassword } from './password.js';
import type { IssuedSession, SessionService } from './session-service.js';
import type { TokenService } from './tokens.js';
import { toUserDto } from './user-record.js';

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const createAuthService = (
  storage: Storage,
  tokens: TokenService,
  sessions: SessionService,
  clock: Clock,
) => {
  const sessionFor = async (user: User, issued: IssuedSession): Promise<Session> => ({
    user,
    access_token: await tokens.issue({ userId: issued.userId, sessionId: issued.sessionId }),
    token_type: 'Bearer',
    expires_in: tokens.ttlSeconds,
    refresh_token: issued.refreshToken,
    refresh_expires_in: sessions.refreshTtlSeconds,
  });

  const me = async (userId: string): Promise<User> => {
    const user = await storage.repos.users.findById(userId);
    if (!user) throw new AppError('unauthorized', 'The account of this token no longer exists');
    return toUserDto(user);
  };

  return {
    async register({ email, password }: Credentials): Promise<Session> {
      const record = {
        id: randomUUID(),
        email: normalizeEmail(email),
        passwordHash: await hashPassword(password),
        createdAt: clock.nowIso(),
      };
      // The account and its first session commit together: no account is left without a way in.
      const created = await storage.transaction(async (tx) => {
        const user = await tx.users.insert(record);
        return user ? { user, issued: await sessions.start(tx, user.id) } : null;
      });
      if (!created) throw new AppError('email_taken', 'An account with this email already exists');
      return sessionFor(toUserDto(created.user), created.issued);
    },

    async login({ email, password }: Credentials): Promise<Session> {
      const user = await storage.repos.users.findByEmail(normalizeEmail(email));
      // Verify against a decoy when the email is unknown, so timing does not reveal who has an account.
      const valid = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH_PROMISE));
      if (!user || !valid) throw new AppError('invalid_credentials', 'Email or password is wrong');
      const issued = await storage.transaction((tx) => sessions.start(tx, user.id));
      return sessionFor(toUserDto(user), issued);
    },

    async refresh(refreshToken: string): Promise<Session> {
      const issued = await sessions.refresh(refreshToken);
      return sessionFor(await me(issued.userId), issued);
    },

    logout: (sessionId: string): Promise<void> => sessions.revoke(sessionId),

    me,
  };
};

export type AuthService = ReturnType<typeof createAuthService>;
