import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { loadVapidKeys, vapidKeyProblem } from './vapid-keys.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'fitiq-vapid-'));

describe('VAPID keys', () => {
  it('are generated once and kept in the data dir (0600): a restart signs with the same pair', () => {
    const dir = freshDir();
    const first = loadVapidKeys(null, dir);
    expect(vapidKeyProblem(first)).toBeNull();
    expect(loadVapidKeys(null, dir)).toEqual(first);
    expect(statSync(join(dir, 'vapid-keys.json')).mode & 0o777).toBe(0o600);
    expect(loadVapidKeys(null, freshDir())).not.toEqual(first);
  });

  it('configured ones are used as they are, and must be one P-256 pair', () => {
    const pair = loadVapidKeys(null, freshDir());
    const other = loadVapidKeys(null, freshDir());
    expect(loadVapidKeys(pair, freshDir())).toEqual(pair);
    expect(vapidKeyProblem({ publicKey: other.publicKey, privateKey: pair.privateKey })).toMatch(
      /not the private/,
    );
    expect(vapidKeyProblem({ publicKey: 'abc', privateKey: pair.privateKey })).toMatch(/public key/);
  });

  it('configuration: both keys or neither, a matching pair, a mailto: or https: subject', () => {
    const pair = loadVapidKeys(null, freshDir());
    const other = loadVapidKeys(null, freshDir());
    const env = { FITIQ_DATA_DIR: freshDir() };
    expect(
      loadConfig({ ...env, FITIQ_VAPID_PUBLIC_KEY: pair.publicKey, FITIQ_VAPID_PRIVATE_KEY: pair.privateKey })
        .push.vapidKeys,
    ).toEqual(pair);
    expect(() => loadConfig({ ...env, FITIQ_VAPID_PUBLIC_KEY: pair.publicKey })).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        ...env,
        FITIQ_VAPID_PUBLIC_KEY: other.publicKey,
        FITIQ_VAPID_PRIVATE_KEY: pair.privateKey,
      }),
    ).toThrow(/not the private/);
    expect(loadConfig({ ...env, FITIQ_VAPID_SUBJECT: 'mailto:ops@example.com' }).push.vapidSubject).toBe(
      'mailto:ops@example.com',
    );
    expect(() => loadConfig({ ...env, FITIQ_VAPID_SUBJECT: 'ops@example.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, FITIQ_PUSH_HOSTS: '169.254.169.254' })).toThrow(/FITIQ_PUSH_HOSTS/);
    expect(loadConfig(env).push).toMatchObject({ afterMs: 5000, vapidKeys: null, vapidSubject: null });
  });
});
