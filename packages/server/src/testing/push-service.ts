import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PushMessage } from '@fitiq/contract';
import { BrowserKeys, type VapidClaims, verifyVapid } from './web-push-receiver.js';

/** One message the push service accepted, decrypted and with its VAPID checked. */
export type ReceivedPush = {
  subscription: string;
  message: PushMessage;
  claims: VapidClaims;
  vapidKey: string;
  headers: IncomingMessage['headers'];
};

/** One browser's subscription at the test push service. */
export type TestSubscription = {
  name: string;
  endpoint: string;
  browser: BrowserKeys;
  /** The body to POST to /push/subscriptions. */
  json: { endpoint: string; keys: { p256dh: string; auth: string } };
};

type Waiter = { predicate: () => boolean; resolve: () => void };

/**
 * A push service on loopback, as Chrome's or Firefox's would be on the internet: it takes RFC 8030
 * POSTs at each subscription's endpoint, decrypts them with that subscription's keys, verifies the
 * VAPID JWT, and answers what the test scripted (201 by default, or e.g. 503 then 201, or 410).
 * Anything it cannot decrypt or verify is kept in `problems`, so a test fails on it.
 */
export const startPushService = async () => {
  const subscriptions = new Map<string, TestSubscription>();
  const scripted = new Map<string, Array<{ status: number; headers?: Record<string, string> }>>();
  const received: ReceivedPush[] = [];
  /** Every POST, answered however: subscription name and status. */
  const attempts: Array<{ subscription: string; status: number }> = [];
  const problems: string[] = [];
  const waiters = new Set<Waiter>();
  const check = () => {
    for (const waiter of [...waiters])
      if (waiter.predicate()) {
        waiters.delete(waiter);
        waiter.resolve();
      }
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = request.url?.split('/').pop() ?? '';
      const subscription = subscriptions.get(name);
      const answer = scripted.get(name)?.shift() ?? { status: 201 };
      attempts.push({ subscription: name, status: answer.status });
      try {
        if (!subscription) throw new Error(`push for an unknown endpoint ${request.url}`);
        if (request.method !== 'POST') throw new Error(`expected POST, got ${request.method}`);
        if (request.headers['content-encoding'] !== 'aes128gcm')
          throw new Error(`expected Content-Encoding aes128gcm, got ${request.headers['content-encoding']}`);
        if (!request.headers.ttl) throw new Error('a push must carry TTL (RFC 8030 §5.2)');
        const { claims, key } = verifyVapid(request.headers.authorization);
        const text = subscription.browser.decrypt(Buffer.concat(chunks));
        if (answer.status < 300)
          received.push({
            subscription: name,
            message: JSON.parse(text) as PushMessage,
            claims,
            vapidKey: key,
            headers: request.headers,
          });
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      response.writeHead(answer.status, answer.headers).end();
      check();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitFor = (predicate: () => boolean): Promise<void> => {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve) => waiters.add({ predicate, resolve }));
  };

  return {
    /** For FITIQ_PUSH_HOSTS: this exact origin. */
    origin,
    received,
    attempts,
    problems,
    /** A new browser subscribed at this push service. */
    subscribe(name: string = randomUUID()): TestSubscription {
      const browser = new BrowserKeys();
      const endpoint = `${origin}/push/${name}`;
      const subscription = { name, endpoint, browser, json: { endpoint, keys: browser.keys } };
      subscriptions.set(name, subscription);
      return subscription;
    },
    /** The next answers to this subscription's pushes, in order; 201 once they are used up. */
    script(name: string, ...answers: Array<{ status: number; headers?: Record<string, string> }>) {
      scripted.set(name, [...(scripted.get(name) ?? []), ...answers]);
    },
    waitFor,
    /** Waits until `count` messages for this subscription were accepted. */
    waitForPushes: (name: string, count: number) =>
      waitFor(() => received.filter((r) => r.subscription === name).length >= count).then(() =>
        received.filter((r) => r.subscription === name),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type PushService = Awaited<ReturnType<typeof startPushService>>;
