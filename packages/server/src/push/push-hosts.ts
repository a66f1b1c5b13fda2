import { isIP } from 'node:net';

/**
 * Where the server may post push messages (FITIQ_PUSH_HOSTS): an exact host (`fcm.googleapis.com`),
 * every subdomain of one (`*.push.apple.com`), or one exact origin given with its scheme
 * (`http://127.0.0.1:9999`, how a test runs a push service on loopback).
 */
export type PushHostRule =
  | { kind: 'host'; host: string }
  | { kind: 'subdomains'; suffix: string }
  | { kind: 'origin'; origin: string };

/** The push services of the major browsers: Chrome, Edge and most others (FCM), Firefox, Safari, Windows. */
export const DEFAULT_PUSH_HOSTS =
  'fcm.googleapis.com,updates.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com';

const LABEL = /^[a-z0-9-]{1,63}$/;

/** A DNS name of two labels or more; never an address (an IP needs the explicit origin form). */
const isDnsName = (name: string): boolean => {
  const labels = name.split('.');
  if (labels.length < 2 || name.length > 253) return false;
  const valid = labels.every((l) => LABEL.test(l) && !l.startsWith('-') && !l.endsWith('-'));
  return valid && !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
};

const parseOriginEntry = (entry: string): PushHostRule | string => {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `"${entry}" is not an origin like https://push.example.com`;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!['http:', 'https:'].includes(url.protocol) || !bare)
    return `"${entry}" is not an origin like https://push.example.com`;
  return { kind: 'origin', origin: url.origin };
};

/** The rules of a FITIQ_PUSH_HOSTS value, or why an entry is not one. */
export const parsePushHosts = (raw: string): PushHostRule[] | { problem: string } => {
  const rules: PushHostRule[] = [];
  for (const entry of raw.split(',').map((e) => e.trim().toLowerCase())) {
    if (entry === '') continue;
    if (entry.includes('://')) {
      const rule = parseOriginEntry(entry);
      if (typeof rule === 'string') return { problem: rule };
      rules.push(rule);
      continue;
    }
    const wildcard = entry.startsWith('*.');
    const name = wildcard ? entry.slice(2) : entry;
    if (!isDnsName(name)) {
      return {
        problem: `"${entry}" is not a host name like fcm.googleapis.com or *.push.apple.com (an address needs its scheme and port: http://127.0.0.1:9999)`,
      };
    }
    rules.push(wildcard ? { kind: 'subdomains', suffix: `.${name}` } : { kind: 'host', host: name });
  }
  return rules;
};

export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: string };

const hostAllowed = (hostname: string, rules: readonly PushHostRule[]): boolean =>
  rules.some(
    (rule) =>
      (rule.kind === 'host' && hostname === rule.host) ||
      (rule.kind === 'subdomains' && hostname.endsWith(rule.suffix) && hostname.length > rule.suffix.length),
  );

/**
 * Whether the server may post to this endpoint. It is checked when a subscription is stored and
 * again before every send (the list may have narrowed since): a client must never make the server
 * reach an address of its choosing (SSRF), such as the cloud metadata service or a port on loopback.
 */
export const checkPushEndpoint = (endpoint: string, rules: readonly PushHostRule[]): EndpointCheck => {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: 'the endpoint is not a URL' };
  }
  if (url.username || url.password) return { ok: false, reason: 'the endpoint must not carry credentials' };
  // An operator listed exactly this origin (a push service of their own, a test's on loopback).
  if (rules.some((rule) => rule.kind === 'origin' && rule.origin === url.origin)) return { ok: true, url };
  if (url.protocol !== 'https:') return { ok: false, reason: 'the endpoint must be an https URL' };
  const hostname = url.hostname;
  if (isIP(hostname) !== 0 || hostname.startsWith('['))
    return { ok: false, reason: 'the endpoint must name a push service, not an address' };
  if (url.port !== '') return { ok: false, reason: 'the endpoint must use the https port (443)' };
  if (!hostAllowed(hostname, rules))
    return { ok: false, reason: `the endpoint is not on a push service this server posts to (${hostname})` };
  return { ok: true, url };
};
