import { randomUUID } from 'node:crypto';
import type { Credentials, Session, User } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import { DECOY_HASH_PROMISE, hashPassword, verifyPassword } from './password.js';
import type { TokenService } from './tokens.js';
import { toUserDto } from './user-record.js';

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const createAuthService = (storage: Storage, tokens: TokenService, clock: Clock) => {
  const sessionFor = async (user: User): Promise<Session> => ({
    user,
    access_token: await tokens.issue(user.id),
    token_type: 'Bearer',
    expires_in: tokens.ttlSeconds,
  });

  return {
    async register({ email, password }: Credentials): Promise<Session> {
      const record = {
        id: randomUUID(),
        email: normalizeEmail(email),
        passwordHash: await hashPassword(password),
        createdAt: clock.nowIso(),
      };
      const created = await storage.transaction((tx) => tx.users.insert(record));
      if (!created) throw new AppError('email_taken', 'An account with this email already exists');
      return sessionFor(toUserDto(created));
    },

    async login({ email, password }: Credentials): Promise<Session> {
      const user = await storage.repos.users.findByEmail(normalizeEmail(email));
      // Verify against a decoy when the email is unknown, so timing does not reveal who has an account.
      const valid = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH_PROMISE));
      if (!user || !valid) throw new AppError('invalid_credentials', 'Email or password is wrong');
      return sessionFor(toUserDto(user));
    },

    async me(userId: string): Promise<User> {
      const user = await storage.repos.users.findById(userId);
      if (!user) throw new AppError('unauthorized', 'The account of this token no longer exists');
      return toUserDto(user);
    },
  };
};

export type AuthService = ReturnType<typeof createAuthService>;
