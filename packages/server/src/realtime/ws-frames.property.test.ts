/**
 * Random and mutated frames on /api/v1/realtime, before hello and once live, against a real server:
 * each is either taken (the socket answers the next ping) or refused with the contract's error frame
 * and close code; the server keeps serving another socket, and the user's stored data is unchanged.
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/server/src/realtime/ws-frames.property.test.ts
 */
import { type ErrorFrame, MAX_FRAME_BYTES } from '@fitiq/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { expectedVerdict, type FuzzFrame, fuzzFrame, type Phase } from '../testing/fuzz-frames.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { storedSnapshot } from '../testing/stored-snapshot.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

let server: RunningServer;
let token: string;
let watcher: TestSocket;
let before: string;

beforeAll(async () => {
  // Many sockets open and close in quick succession; the per-user limit is not what is tested here.
  server = await startTestServer({ config: testConfig({ maxConnectionsPerUser: 1000 }) });
  ({ access_token: token } = await registerUser(server.url));
  await logMeal(server.url, token, 'an apple');
  await vi.waitFor(async () => expect(await server.storage.repos.jobs.countPending()).toBe(0));
  before = await storedSnapshot(server.app, token);
  watcher = await TestSocket.connect(server.url, token, 0);
});
afterAll(() => server.close());

let pings = 0;

/** Sends `frame` in `phase` and checks the server did what the contract says, nothing more. */
const check = async (frame: FuzzFrame, phase: Phase) => {
  const socket =
    phase === 'live' ? await TestSocket.connect(server.url, token, 0) : new TestSocket(server.url);
  await socket.open();
  socket.sendRaw(frame.data, { binary: frame.binary });
  const verdict = expectedVerdict(frame, phase, token);
  if (verdict.outcome === 'refused') {
    expect(await socket.waitForClose()).toBe(verdict.close);
    const error = socket.frames.find((f): f is ErrorFrame => f.type === 'error');
    if (verdict.error) expect(error?.code).toBe(verdict.error);
    return;
  }
  if (verdict.outcome === 'ready') {
    await socket.waitFor(() => socket.frames.some((f) => f.type === 'ready') || socket.closeCode !== null);
  } else {
    // Frames are handled in order: a pong to the next ping means the fuzzed frame was taken.
    const ts = `probe-${++pings}`;
    socket.send({ type: 'ping', ts });
    await socket.waitFor(
      () => socket.frames.some((f) => f.type === 'pong' && f.ts === ts) || socket.closeCode !== null,
    );
  }
  expect(socket.closeCode).toBeNull();
  socket.close();
  await socket.waitForClose();
};

describe('fuzzed frames on the realtime socket', () => {
  it('every frame, before hello or live, is taken or refused with the contract error frame and close code', async () => {
    const phase = fc.constantFrom<Phase>('awaiting_hello', 'live');
    await fc.assert(
      fc.asyncProperty(fuzzFrame(token), phase, (frame, at) => check(frame, at)),
      { numRuns: 300 },
    );
  });

  it.each<[string, FuzzFrame, Phase]>([
    ['an ack before hello', { data: '{"type":"ack","seq":1}', binary: false }, 'awaiting_hello'],
    [
      'a second hello',
      { data: JSON.stringify({ type: 'hello', token: 'x', after: 0 }), binary: false },
      'live',
    ],
    [
      'an ack far beyond the head',
      { data: `{"type":"ack","seq":${Number.MAX_SAFE_INTEGER}}`, binary: false },
      'live',
    ],
    [
      'a hello with a float cursor',
      { data: '{"type":"hello","token":"x","after":0.5}', binary: false },
      'awaiting_hello',
    ],
    ['a binary frame once live', { data: Buffer.from('{"type":"ping","ts":1}'), binary: true }, 'live'],
    [
      'a text frame that is not UTF-8',
      { data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), binary: false },
      'live',
    ],
    ['a frame just over 16 KiB', { data: 'x'.repeat(MAX_FRAME_BYTES + 1), binary: false }, 'live'],
  ])('%s', async (_name, frame, phase) => {
    await check(frame, phase);
  });

  it('none of them changed the stored data (events and meals)', async () => {
    expect(await storedSnapshot(server.app, token)).toBe(before);
  });

  it('the server kept serving: a socket opened before them still receives new events', async () => {
    const meal = await logMeal(server.url, token, 'a pear');
    await watcher.waitForEvent((e) => e.data.meal_log.id === meal.body.id);
    expect(watcher.closeCode).toBeNull();
  });
});
