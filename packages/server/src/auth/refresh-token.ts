import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A refresh token is `<selector>.<secret>`: the selector (128 random bits) finds the row, the secret
 * (256 random bits) proves possession. Only the SHA-256 of the secret is stored, and it is compared
 * in constant time, so neither a database leak nor response timing gives a usable token away.
 * A fast hash is enough: the secret is random, not a password that could be guessed.
 */
export type IssuedRefreshToken = { token: string; selector: string; secretHash: string };

const SELECTOR = /^[A-Za-z0-9_-]{22}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const newRefreshToken = (): IssuedRefreshToken => {
  const selector = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { token: `${selector}.${secret}`, selector, secretHash: hash(secret) };
};

/** Splits a presented token; null for anything that cannot be one of ours. */
export const parseRefreshToken = (token: string): { selector: string; secret: string } | null => {
  const [selector, secret, extra] = token.split('.');
  if (extra !== undefined || !selector || !secret) return null;
  if (!SELECTOR.test(selector) || !SECRET.test(secret)) return null;
  return { selector, secret };
};

export const secretMatches = (secret: string, storedHash: string): boolean => {
  const actual = Buffer.from(hash(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};
