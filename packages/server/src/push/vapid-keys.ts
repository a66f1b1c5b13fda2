import { createECDH } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectory } from '../storage/make-directory.js';

/** The application server's P-256 key pair (RFC 8292), both base64url: a 65-byte point, a 32-byte scalar. */
export type VapidKeys = { publicKey: string; privateKey: string };

/** Why these two keys are not one VAPID key pair, or null when they are. */
export const vapidKeyProblem = (keys: VapidKeys): string | null => {
  const publicKey = Buffer.from(keys.publicKey, 'base64url');
  const privateKey = Buffer.from(keys.privateKey, 'base64url');
  if (publicKey.length !== 65 || publicKey[0] !== 4)
    return 'the public key must be an uncompressed P-256 point (65 bytes, base64url)';
  if (privateKey.length !== 32) return 'the private key must be a P-256 scalar (32 bytes, base64url)';
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(privateKey);
    if (!ecdh.getPublicKey().equals(publicKey)) return 'the public key is not the private key’s';
  } catch {
    return 'the private key is not a P-256 key';
  }
  return null;
};

const FILE = 'vapid-keys.json';

/** A new P-256 key pair, as web-push's `generateVAPIDKeys` makes it (the private scalar left-padded to 32 bytes). */
const generateVapidKeys = (): VapidKeys => {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const privateKey = Buffer.alloc(32);
  const scalar = ecdh.getPrivateKey();
  scalar.copy(privateKey, 32 - scalar.length);
  return { publicKey: publicKey.toString('base64url'), privateKey: privateKey.toString('base64url') };
};

const readKeys = (file: string): VapidKeys => {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { public_key: string; private_key: string };
  return { publicKey: stored.public_key, privateKey: stored.private_key };
};

/**
 * The configured key pair, or one generated on first start and kept in the data dir (mode 0600), so
 * subscriptions keep working across restarts: a browser subscribed with one public key, and a push
 * signed with another key is refused by its push service. Several nodes must share the configured
 * pair instead (FITIQ_VAPID_PUBLIC_KEY, FITIQ_VAPID_PRIVATE_KEY).
 */
export const loadVapidKeys = (configured: VapidKeys | null, dataDir: string): VapidKeys => {
  if (configured) return configured;
  const file = join(dataDir, FILE);
  try {
    return readKeys(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  makeDirectory(dataDir);
  const keys = generateVapidKeys();
  const text = JSON.stringify({ public_key: keys.publicKey, private_key: keys.privateKey });
  try {
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeys(file);
  }
  return keys;
};
