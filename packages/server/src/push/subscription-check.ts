import { createECDH } from 'node:crypto';
import type { PushSubscriptionBody } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';
import { checkPushEndpoint, type PushHostRule } from './push-hosts.js';

export type CheckedSubscription = { endpoint: string; p256dh: string; auth: string };

const invalid = (path: string, message: string) =>
  new AppError('validation_failed', message, [{ path, message }]);

/** A P-256 point the payload can be encrypted for; a bad one would only fail later, at every send. */
const isP256Point = (key: Buffer): boolean => {
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(key);
    return key.length === 65;
  } catch {
    return false;
  }
};

/**
 * What the schema cannot say about a subscription: the endpoint is on an allowed push service (the
 * server never posts to an address a client chose), and the keys are ones to encrypt for.
 */
export const checkSubscription = (
  body: PushSubscriptionBody,
  hosts: readonly PushHostRule[],
): CheckedSubscription => {
  const endpoint = checkPushEndpoint(body.endpoint, hosts);
  if (!endpoint.ok) throw invalid('/endpoint', endpoint.reason);
  const p256dh = Buffer.from(body.keys.p256dh, 'base64url');
  if (!isP256Point(p256dh))
    throw invalid('/keys/p256dh', 'keys.p256dh must be an uncompressed P-256 public key');
  const auth = Buffer.from(body.keys.auth, 'base64url');
  if (auth.length !== 16) throw invalid('/keys/auth', 'keys.auth must be 16 bytes');
  return {
    endpoint: endpoint.url.href,
    p256dh: p256dh.toString('base64url'),
    auth: auth.toString('base64url'),
  };
};
