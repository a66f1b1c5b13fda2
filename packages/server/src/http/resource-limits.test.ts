import { connect } from 'node:net';
import { CloseCode } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { tryUpgrade } from '../testing/upgrade.js';
import { TestSocket } from '../testing/ws-client.js';

/** Connects with raw TCP, sends `start`, then trickles one header line per tick until the server hangs up. */
const slowClient = (url: string, start: string, tickMs: number) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.once('connect', () => {
      socket.write(start);
      let line = 0;
      timer = setInterval(() => socket.write(`x-slow-${line++}: still coming\r\n`), tickMs);
    });
    socket.on('error', () => {});
    socket.once('close', () => {
      clearInterval(timer);
      resolve(received);
    });
    socket.once('timeout', () => reject(new Error('no close from the server')));
  });

/**
 * Upgrades with raw TCP, then neither writes nor answers anything: resolves with what the server
 * sent after the 101, once the server hangs up.
 */
const silentSocketClient = (url: string) =>
  new Promise<Buffer>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.once('connect', () =>
      socket.write(
        `GET /api/v1/realtime HTTP/1.1\r\nhost: ${hostname}\r\nupgrade: websocket\r\nconnection: Upgrade\r\n` +
          'sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\n\r\n',
      ),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.once('close', () => {
      const all = Buffer.concat(chunks);
      resolve(all.subarray(all.indexOf('\r\n\r\n') + 4));
    });
  });

/** The close code of the first close frame (opcode 8) among server frames, which are never masked. */
const closeCodeIn = (frames: Buffer): number | null => {
  for (let at = 0; at + 2 <= frames.length; ) {
    const opcode = (frames[at] as number) & 0x0f;
    let length = (frames[at + 1] as number) & 0x7f;
    let start = at + 2;
    if (length === 126) {
      length = frames.readUInt16BE(at + 2);
      start += 2;
    }
    if (opcode === 8) return frames.readUInt16BE(start);
    at = start + length;
  }
  return null;
};

describe('resource limits', () => {
  let server: RunningServer;
  afterEach(() => server?.close());

  it('a client that sends its headers slowly is answered 408 and disconnected after the header timeout', async () => {
    server = await startTestServer({
      config: testConfig({
        timeouts: { headersMs: 200, requestMs: 5000, keepAliveMs: 5000, idleMs: 60_000 },
      }),
    });
    const received = await slowClient(server.url, 'GET /healthz HTTP/1.1\r\nhost: fitiq\r\n', 20);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    // The server itself is fine.
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
  });

  it('a body sent slowly is cut off by the request timeout', async () => {
    server = await startTestServer({
      config: testConfig({ timeouts: { headersMs: 200, requestMs: 400, keepAliveMs: 5000, idleMs: 60_000 } }),
    });
    const head =
      'POST /api/v1/auth/login HTTP/1.1\r\nhost: fitiq\r\ncontent-type: application/json\r\n' +
      'content-length: 60000\r\n\r\n{"email":"';
    const received = await slowClient(server.url, head, 20);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('past FITIQ_MAX_SOCKETS an upgrade is answered 503 with Retry-After before the handshake', async () => {
    server = await startTestServer({ config: testConfig({ maxSockets: 2 }) });
    const { access_token: token } = await registerUser(server.url);
    const open = [
      await TestSocket.connect(server.url, token, 0),
      await TestSocket.connect(server.url, token, 0),
    ];
    const refused = await tryUpgrade(server.url);
    expect(refused.status).toBe(503);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // The open sockets are untouched.
    for (const socket of open) expect(socket.closeCode).toBeNull();
    for (const socket of open) socket.close();
  });

  it('a peer that never answers the close frame of the server is cut off after FITIQ_WS_CLOSE_TIMEOUT_MS, and its place is free again', async () => {
    server = await startTestServer({
      config: testConfig({ maxSockets: 1, helloTimeoutMs: 100, wsCloseTimeoutMs: 100 }),
    });
    // No hello: the server sends 4002 and closes; the peer ignores the close, so only the timeout ends it.
    const sent = await silentSocketClient(server.url);
    expect(closeCodeIn(sent)).toBe(CloseCode.helloTimeout);
    let answer = await tryUpgrade(server.url);
    // The server may take a moment more than the peer to see its side closed.
    while (answer.status === 503) answer = await tryUpgrade(server.url);
    expect(answer.status).toBe(101);
  });
});
