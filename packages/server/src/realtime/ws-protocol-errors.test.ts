import { CloseCode, type ErrorFrame } from '@fitiq/contract';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

const SECRET = 'the realtime tests signing secret';
let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({
    config: testConfig({ maxConnectionsPerUser: 3, heartbeatMs: 200, jwtSecret: SECRET }),
  });
  ({ access_token: token } = await registerUser(server.url));
  await logMeal(server.url, token, 'an apple');
  // Created and completed: the stream is at 2 before any bad frame is sent.
  await vi.waitFor(async () => expect(await headOf()).toBe(2), { timeout: 10_000 });
});
afterAll(() => server.close());

/** Opens a socket, runs `act`, and returns the error frame and close code the server answered with. */
const rejection = async (act: (socket: TestSocket) => void) => {
  const socket = new TestSocket(server.url);
  await socket.open();
  act(socket);
  const code = await socket.waitForClose();
  const error = socket.frames.find((f): f is ErrorFrame => f.type === 'error');
  return { code, error, socket };
};

const headOf = async () =>
  (await request<{ head: number }>(server.url, 'GET', '/api/v1/events?after=0', { token })).body.head;

describe('realtime protocol: every bad input gets its error frame and close code, and nothing stored changes', () => {
  it('a tampered token closes with 4001', async () => {
    const { code, error } = await rejection((s) => s.send({ type: 'hello', token: `${token}x`, after: 0 }));
    expect(code).toBe(CloseCode.badToken);
    expect(error?.code).toBe('invalid_token');
  });

  it('a token signed with another secret closes with 4001', async () => {
    const secret = new TextEncoder().encode('not the server secret');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    const { code } = await rejection((s) => s.send({ type: 'hello', token: expired, after: 0 }));
    expect(code).toBe(CloseCode.badToken);
  });

  it('a token signed with the real secret but expired gets an error frame, then 4001', async () => {
    // The same claims as a real token (subject, live session, issuer, audience): only `exp` differs.
    const { exp: _exp, ...claims } = decodeJwt(token);
    const signed = (exp: number) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(SECRET));
    const now = Math.floor(Date.now() / 1000);
    const valid = await TestSocket.connect(server.url, await signed(now + 600), 0);
    valid.close();
    await valid.waitForClose();

    const expired = await signed(now - 60);
    const { code, error, socket } = await rejection((s) =>
      s.send({ type: 'hello', token: expired, after: 0 }),
    );
    expect(socket.frames.map((f) => f.type)).toEqual(['error']);
    expect(error?.code).toBe('invalid_token');
    expect(code).toBe(CloseCode.badToken);
  });

  it('no hello in time closes with 4002', async () => {
    const { code, error } = await rejection(() => {});
    expect(code).toBe(CloseCode.helloTimeout);
    expect(error?.code).toBe('hello_timeout');
  });

  it.each([
    ['not JSON', 'hello?'],
    ['no type', '{"token":"x"}'],
    ['an unknown type', '{"type":"subscribe"}'],
    ['a hello without after', JSON.stringify({ type: 'hello', token: 'x' })],
    ['a negative cursor', JSON.stringify({ type: 'hello', token: 'x', after: -1 })],
    ['an ack before hello', '{"type":"ack","seq":1}'],
    ['a JSON array', '[1,2,3]'],
  ])('%s closes with 4400', async (_name, frame) => {
    const { code, error } = await rejection((s) => s.sendRaw(frame));
    expect(code).toBe(CloseCode.malformedFrame);
    expect(error?.code).toBe('malformed_frame');
  });

  it('a binary frame closes with 4400', async () => {
    const { code } = await rejection((s) => s.sendRaw(Buffer.from([1, 2, 3]), { binary: true }));
    expect(code).toBe(CloseCode.malformedFrame);
  });

  it('a second hello closes with 4400', async () => {
    const socket = await TestSocket.connect(server.url, token, 0);
    socket.send({ type: 'hello', token, after: 0 });
    expect(await socket.waitForClose()).toBe(CloseCode.malformedFrame);
  });

  it('a frame over 16 KiB gets an error frame, then 1009', async () => {
    const { code, error } = await rejection((s) =>
      s.send({ type: 'hello', token, after: 0, padding: 'x'.repeat(17 * 1024) }),
    );
    expect(code).toBe(CloseCode.messageTooBig);
    expect(error?.code).toBe('frame_too_large');
  });

  it('a frame far over the limit is cut off with 1009 without being read', async () => {
    const { code } = await rejection((s) => s.sendRaw('x'.repeat(256 * 1024)));
    expect(code).toBe(CloseCode.messageTooBig);
  });

  it('one connection more than the per-user limit closes with 4429; the others stay open', async () => {
    const open = await Promise.all([0, 1, 2].map(() => TestSocket.connect(server.url, token, 0)));
    const { code, error } = await rejection((s) => s.send({ type: 'hello', token, after: 0 }));
    expect(code).toBe(CloseCode.tooManyConnections);
    expect(error?.code).toBe('too_many_connections');
    expect(open.every((s) => s.closeCode === null)).toBe(true);
    for (const s of open) s.close();
    await Promise.all(open.map((s) => s.waitForClose()));
  });

  it('the server answers a ping with a pong carrying the same ts', async () => {
    const socket = await TestSocket.connect(server.url, token, 0);
    socket.send({ type: 'ping', ts: 12345 });
    await socket.waitFor(() => socket.frames.some((f) => f.type === 'pong' && f.ts === 12345));
    socket.close();
  });

  it('none of the rejected frames changed the stream', async () => {
    expect(await headOf()).toBe(2);
  });

  it('an upgrade on another path is refused with 404', async () => {
    const answer = await fetch(`${server.url}/api/v1/elsewhere`, {
      headers: { connection: 'upgrade', upgrade: 'websocket' },
    }).catch((error: Error) => error);
    expect(answer instanceof Error || answer.status === 404).toBe(true);
  });
});

const pingsOf = (socket: TestSocket) => socket.frames.filter((f) => f.type === 'ping').length;

/** A socket that sends hello and then nothing at all, not even pongs. */
const silentAfterHello = async (url: string, accessToken: string) => {
  const socket = new TestSocket(url, { autoPong: false });
  await socket.open();
  socket.send({ type: 'hello', token: accessToken, after: 0 });
  return socket;
};

describe('heartbeat: the server pings every interval and drops a peer silent for two', () => {
  it('a client silent after hello is pinged exactly twice, then cut off with 1006 and no error frame', async () => {
    const { access_token } = await registerUser(server.url);
    const socket = await silentAfterHello(server.url, access_token);
    // A half-open peer could not read an error or close frame: the server drops the TCP connection.
    expect(await socket.waitForClose()).toBe(1006);
    expect(socket.frames.map((f) => f.type)).toEqual(['ready', 'ping', 'ping']);
  });

  it('a client that answers every ping stays open across four intervals', async () => {
    const { access_token } = await registerUser(server.url);
    const socket = await TestSocket.connect(server.url, access_token, 0);
    await socket.waitFor(() => pingsOf(socket) >= 4 || socket.closeCode !== null);
    expect(socket.closeCode).toBeNull();
    socket.close();
    await socket.waitForClose();
  });

  it('any frame counts, not only pongs: a client that acks each ping instead stays open', async () => {
    const { access_token } = await registerUser(server.url);
    const socket = await silentAfterHello(server.url, access_token);
    for (let ping = 1; ping <= 4; ping++) {
      await socket.waitFor(() => pingsOf(socket) >= ping || socket.closeCode !== null);
      socket.send({ type: 'ack', seq: 0 });
    }
    expect(socket.closeCode).toBeNull();
    expect(socket.frames.some((f) => f.type === 'pong' || f.type === 'error')).toBe(false);
    socket.close();
    await socket.waitForClose();
  });

  it('a handshake that takes longer than two intervals: the client still gets its two pings before it is dropped', async () => {
    let heldUser = '';
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await startTestServer({
      config: testConfig({ heartbeatMs: 200 }),
      realtimeHooks: {
        afterRegister: async (userId) => {
          if (userId !== heldUser) return;
          holding();
          await released;
        },
      },
    });
    try {
      const witness = await TestSocket.connect(slow.url, (await registerUser(slow.url)).access_token, 0);
      const session = await registerUser(slow.url);
      heldUser = session.user.id;
      const socket = await silentAfterHello(slow.url, session.access_token);
      await held;
      // Three pings to another socket, all sent after the hold began: two full intervals have passed.
      const before = pingsOf(witness);
      await witness.waitFor(() => pingsOf(witness) >= before + 3);
      release();
      expect(await socket.waitForClose()).toBe(1006);
      expect(socket.frames.map((f) => f.type)).toEqual(['ready', 'ping', 'ping']);
      witness.close();
    } finally {
      await slow.close();
    }
  });
});

describe('retention: a cursor older than what is kept', () => {
  it('gets ready, then reset with the head, and the stream continues from that head', async () => {
    const config = testConfig({ retention: { days: 0, keepLast: 2, pruneEveryMs: 3_600_000 } });
    const small = await startTestServer({ config });
    try {
      const { access_token } = await registerUser(small.url);
      for (let i = 0; i < 3; i++) await logMeal(small.url, access_token, 'a pear');
      await expect
        .poll(
          async () =>
            (
              await request<{ head: number }>(small.url, 'GET', '/api/v1/events?after=0', {
                token: access_token,
              })
            ).body.head,
        )
        .toBe(6);
      const { pruneOnce } = await import('../events/retention.js');
      const { systemClock } = await import('../ops/clock.js');
      expect(await pruneOnce(small.storage, config.retention, systemClock)).toBe(4);

      const socket = await TestSocket.connect(small.url, access_token, 1);
      await socket.waitFor(() => socket.frames.some((f) => f.type === 'reset'));
      expect(socket.frames.map((f) => f.type).slice(0, 2)).toEqual(['ready', 'reset']);
      expect(socket.frames[1]).toEqual({ type: 'reset', head: 6 });
      const later = await logMeal(small.url, access_token, 'a plum');
      const created = await socket.waitForEvent((e) => e.data.meal_log.id === later.body.id);
      expect(created.seq).toBe(7);
      expect(socket.events[0]?.seq).toBe(7);

      const poll = await request<{ code: string }>(small.url, 'GET', '/api/v1/events?after=1', {
        token: access_token,
      });
      expect(poll.status).toBe(410);
      expect(poll.body.code).toBe('cursor_expired');
      const everything = await request<{ events: unknown[] }>(small.url, 'GET', '/api/v1/events?after=0', {
        token: access_token,
      });
      expect(everything.status).toBe(200);
      socket.close();
    } finally {
      await small.close();
    }
  });
});
