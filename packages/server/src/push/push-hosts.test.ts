import { describe, expect, it } from 'vitest';
import { checkPushEndpoint, DEFAULT_PUSH_HOSTS, type PushHostRule, parsePushHosts } from './push-hosts.js';

const rules = (raw: string): PushHostRule[] => {
  const parsed = parsePushHosts(raw);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
};

describe('FITIQ_PUSH_HOSTS', () => {
  it('reads hosts, wildcard subdomains and exact origins', () => {
    expect(rules(' fcm.googleapis.com, *.push.apple.com ,http://127.0.0.1:9999,')).toEqual([
      { kind: 'host', host: 'fcm.googleapis.com' },
      { kind: 'subdomains', suffix: '.push.apple.com' },
      { kind: 'origin', origin: 'http://127.0.0.1:9999' },
    ]);
  });

  it.each([
    ['an address without its scheme', '10.0.0.5'],
    ['a single label', 'localhost'],
    ['a wildcard in the middle', 'push.*.apple.com'],
    ['an origin with a path', 'https://push.example.com/send'],
    ['a scheme other than http(s)', 'file:///tmp'],
  ])('refuses %s', (_name, raw) => {
    expect(parsePushHosts(raw)).toHaveProperty('problem');
  });

  it('the default lists the push services of Chrome, Edge, Firefox and Safari', () => {
    const defaults = rules(DEFAULT_PUSH_HOSTS);
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA',
      'https://web.push.apple.com/QGx1Zm9v',
      'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
    ])
      expect(checkPushEndpoint(endpoint, defaults).ok).toBe(true);
  });
});

describe('an endpoint is posted to only on an allowed push service (SSRF)', () => {
  const allowed = rules('fcm.googleapis.com,*.push.apple.com,http://127.0.0.1:9999');

  it.each([
    'https://fcm.googleapis.com/fcm/send/abc',
    'https://web.push.apple.com/abc',
    'https://a.b.push.apple.com/abc',
    'https://FCM.googleapis.com/fcm/send/abc',
    'http://127.0.0.1:9999/push/abc',
  ])('allows %s', (endpoint) => {
    expect(checkPushEndpoint(endpoint, allowed).ok).toBe(true);
  });

  it.each([
    ['another host', 'https://example.com/push'],
    ['a look-alike suffix', 'https://evilfcm.googleapis.com.attacker.net/x'],
    ['a name that ends like a wildcard entry without the dot', 'https://evilpush.apple.com/x'],
    ['the wildcard entry’s bare domain', 'https://push.apple.com/x'],
    ['a trailing dot', 'https://fcm.googleapis.com./x'],
    ['IPv4 link-local (cloud metadata)', 'https://169.254.169.254/latest/meta-data/'],
    ['IPv4 in decimal', 'https://2852039166/'],
    ['IPv6 link-local', 'https://[fe80::1]/'],
    ['IPv6 loopback', 'https://[::1]/'],
    ['a private address', 'https://10.0.0.1/'],
    ['file:', 'file:///etc/passwd'],
    ['http: to an allowed host', 'http://fcm.googleapis.com/fcm/send/abc'],
    ['http: to another port of the listed origin', 'http://127.0.0.1:9998/push'],
    ['https: to the listed http origin', 'https://127.0.0.1:9999/push'],
    ['a port other than 443', 'https://fcm.googleapis.com:444/x'],
    ['credentials', 'https://a:b@fcm.googleapis.com/x'],
    ['gopher:', 'gopher://fcm.googleapis.com/x'],
    ['no URL', '::::'],
  ])('refuses %s', (_name, endpoint) => {
    expect(checkPushEndpoint(endpoint, allowed).ok).toBe(false);
  });
});
