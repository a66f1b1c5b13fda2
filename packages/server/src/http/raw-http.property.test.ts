/**
 * What `inject` cannot send: bytes on a real socket that Node's HTTP parser itself refuses (a
 * garbled request line, control characters in a header, headers over the size limit). The answer is
 * still a problem document from the catalog, and the server goes on serving.
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/server/src/http/raw-http.property.test.ts
 */
import { connect } from 'node:net';
import { ERROR_CATALOG, type ErrorCode } from '@fitiq/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ access_token: token } = await registerUser(server.url));
});
afterAll(() => server.close());

/** Writes `raw`, half-closes, and reads until the server closes: the status line, headers and body. */
const exchange = (raw: string | Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname, () => socket.end(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });

/** Every answer that is an error must be a problem document whose code and status agree with the catalog. */
const expectProblemAnswer = (answer: string) => {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
  expect(status, answer).toBeLessThan(500);
  if (status < 400) return;
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head.toLowerCase()).toContain('content-type: application/problem+json');
  const problem = JSON.parse(body) as { code: ErrorCode; status: number };
  expect(ERROR_CATALOG[problem.code]?.status).toBe(status);
};

const token68 = fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~+/='.split('')), maxLength: 40 });
const headerLine = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 60 }))
    .map(([n, v]) => `${n}: ${v}`),
  fc.constantFrom(
    'Content-Length: abc',
    'Content-Length: -1',
    'Transfer-Encoding: chunked, gzip',
    'Host:',
    ': x',
  ),
  token68.map((t) => `Authorization: Bearer ${t}`),
  fc.nat({ max: 40_000 }).map((n) => `Authorization: Bearer ${'a'.repeat(n)}`),
);
const rawRequest = fc
  .record({
    method: fc.oneof(
      fc.constantFrom('GET', 'POST', 'DELETE', 'BREW', 'get', ''),
      fc.string({ maxLength: 8 }),
    ),
    target: fc.oneof(
      fc.constantFrom('/api/v1/me', '/api/v1/meal-logs', '*', 'http://x/'),
      fc.string({ maxLength: 30 }),
    ),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTP/1.1 extra', ''),
    headers: fc.array(headerLine, { maxLength: 4 }),
  })
  .map(
    ({ method, target, version, headers }) =>
      `${method} ${target} ${version}\r\nHost: fuzz\r\n${headers.join('\r\n')}\r\nConnection: close\r\n\r\n`,
  );

describe('malformed HTTP on a real socket', () => {
  it('headers over 16 KiB (a huge Authorization) answer 431 headers_too_large as problem+json', async () => {
    const answer = await exchange(
      `GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expectProblemAnswer(answer);
    expect(answer).toContain('"code":"headers_too_large"');
  });

  it('a request line that is not HTTP answers 400 validation_failed as problem+json', async () => {
    const answer = await exchange('GARBAGE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expectProblemAnswer(answer);
  });

  it('random request lines and headers: every error is a problem document, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawRequest, async (raw) =>
        expectProblemAnswer(await exchange(Buffer.from(raw, 'latin1'))),
      ),
      { numRuns: 60 },
    );
  });

  it('the server goes on serving afterwards', async () => {
    expect((await request(server.url, 'GET', '/api/v1/me', { token })).status).toBe(200);
  });
});
