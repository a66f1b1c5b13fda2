import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { tryUpgrade } from '../testing/upgrade.js';
import { TestSocket } from '../testing/ws-client.js';

const ALLOWED = 'https://app.example.com';
const FOREIGN = 'https://evil.example';

let server: RunningServer;
let token: string;
let host: string;

beforeAll(async () => {
  const webDir = mkdtempSync(join(tmpdir(), 'fitiq-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>FitIQ</title><div id="root"></div>');
  server = await startTestServer({ config: testConfig({ allowedOrigins: [ALLOWED], webDir }) });
  token = (await registerUser(server.url)).access_token;
  host = new URL(server.url).host;
});
afterAll(() => server.close());

describe('WebSocket Origin check (cross-site WebSocket hijacking)', () => {
  it('a page of a foreign origin is refused with 403 before the handshake', async () => {
    const answer = await tryUpgrade(server.url, { origin: FOREIGN });
    expect(answer.status).toBe(403);
  });

  it('a sandboxed page (Origin: null) is refused too', async () => {
    expect((await tryUpgrade(server.url, { origin: 'null' })).status).toBe(403);
  });

  it.each([
    ['the server’s own origin', () => server.url],
    ['an origin in FITIQ_ALLOWED_ORIGINS', () => ALLOWED],
  ])('%s is upgraded and gets ready', async (_name, origin) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/api/v1/realtime`, { origin: origin() });
    const ready = new Promise<string>((resolve, reject) => {
      ws.on('message', (data) => resolve(JSON.parse(data.toString()).type));
      ws.once('error', reject);
    });
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', token, after: 0 })));
    expect(await ready).toBe('ready');
    ws.close();
  });

  it('a client without Origin (CLI, native app) is upgraded', async () => {
    const socket = await TestSocket.connect(server.url, token, 0);
    expect(socket.ready.head).toBe(0);
    socket.close();
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    request(server.url, 'OPTIONS', '/api/v1/meal-logs/natural', {
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('a preflight from an allowed origin is answered with that origin, the methods and the headers', async () => {
    const answer = await preflight(ALLOWED);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('an allowed origin may edit a meal: PATCH with If-Match is preflighted, and ETag is readable', async () => {
    const answer = await request(server.url, 'OPTIONS', '/api/v1/meal-logs/x', {
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, if-match',
      },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(answer.headers.get('access-control-allow-headers')).toContain('if-match');
    const read = await request(server.url, 'GET', '/api/v1/me', { token, headers: { origin: ALLOWED } });
    expect(read.headers.get('access-control-expose-headers')).toContain('etag');
  });

  it('a preflight from a foreign origin gets no CORS headers', async () => {
    const answer = await preflight(FOREIGN);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('a foreign origin’s request gets no CORS headers, so its page cannot read the answer', async () => {
    const answer = await request(server.url, 'GET', '/api/v1/me', { token, headers: { origin: FOREIGN } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an allowed origin reads the API and the headers it needs', async () => {
    const answer = await request(server.url, 'GET', '/api/v1/me', { token, headers: { origin: ALLOWED } });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-expose-headers')).toContain('retry-after');
    expect(answer.headers.get('vary')).toContain('Origin');
  });

  it('SSE and long-poll follow CORS', async () => {
    const poll = await request(server.url, 'GET', '/api/v1/events?after=0', {
      token,
      headers: { origin: ALLOWED },
    });
    expect(poll.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const abort = new AbortController();
    const sse = await fetch(`${server.url}/api/v1/events/stream?after=0`, {
      headers: { authorization: `Bearer ${token}`, origin: ALLOWED },
      signal: abort.signal,
    });
    expect(sse.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(sse.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    abort.abort();
  });
});

describe('security headers', () => {
  it('the app page gets a strict Content-Security-Policy: no inline script, no framing, sockets to itself', async () => {
    const answer = await request(server.url, 'GET', '/', { headers: { accept: 'text/html' } });
    expect(answer.status).toBe(200);
    const csp = answer.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    // The app's files speak no CORS: `Vary: Origin` would make the service worker's cache miss.
    expect(answer.headers.get('vary') ?? '').not.toContain('Origin');
  });

  it('API answers with health data are never stored by a cache', async () => {
    const day = await request(server.url, 'GET', '/api/v1/meal-logs?date=2026-03-10', { token });
    expect(day.status).toBe(200);
    expect(day.headers.get('cache-control')).toBe('no-store');
    const problem = await request(server.url, 'GET', '/api/v1/meal-logs/nope', { token });
    expect(problem.headers.get('cache-control')).toBe('no-store');
    expect(problem.headers.get('x-content-type-options')).toBe('nosniff');
    expect(problem.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(problem.headers.get('x-frame-options')).toBe('DENY');
    const health = await request(server.url, 'GET', '/healthz');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('cache-control')).toBeNull();
  });
});
