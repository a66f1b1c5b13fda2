import type { AccountExport, PushKey, PushSubscriptionCreated, Session, StreamEvent } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { Clock } from '../ops/clock.js';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { readMetric } from '../testing/metrics-reader.js';
import { type PushService, startPushService, type TestSubscription } from '../testing/push-service.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

/** Real time, plus whatever the test moved it forward by: "FITIQ_PUSH_AFTER_MS later" without waiting. */
const movableClock = () => {
  let offset = 0;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => Date.now() + offset,
    nowIso: () => new Date(Date.now() + offset).toISOString(),
    advance: (ms) => {
      offset += ms;
    },
  };
  return clock;
};

const AFTER_MS = 60_000;
const SUBJECT = 'mailto:ops@example.com';

describe('Web Push: a meal outcome no live device acknowledged is pushed to each subscription', () => {
  let service: PushService;
  let server: RunningServer;
  const clock = movableClock();

  beforeAll(async () => {
    service = await startPushService();
    server = await startTestServer({
      clock,
      config: testConfig(
        {},
        {
          FITIQ_PUSH_HOSTS: `${service.origin},fcm.googleapis.com,*.push.apple.com`,
          FITIQ_PUSH_AFTER_MS: String(AFTER_MS),
          FITIQ_PUSH_POLL_MS: '20',
          FITIQ_PUSH_RETRY_BASE_MS: '10',
          FITIQ_PUSH_RETRY_MAX_MS: '40',
          FITIQ_PUSH_MAX_ATTEMPTS: '4',
          FITIQ_VAPID_SUBJECT: SUBJECT,
        },
      ),
    });
  });
  afterAll(async () => {
    await server.close();
    await service.close();
  });

  const subscribe = async (token: string, subscription: TestSubscription) => {
    const answer = await request<PushSubscriptionCreated>(server.url, 'POST', '/api/v1/push/subscriptions', {
      token,
      body: subscription.json,
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };
  const owed = () => server.storage.repos.push.countDeliveries();
  /** Everything owed is due now: the clock moves past FITIQ_PUSH_AFTER_MS. */
  const fallDue = () => clock.advance(AFTER_MS + 1);
  /** Waits until nothing is owed any more: every delivery sent, given up or cancelled. */
  const settled = () => expect.poll(owed, { timeout: 10_000 }).toBe(0);
  const outcomeOf = async (token: string, text: string): Promise<StreamEvent> => {
    const meal = (await logMeal(server.url, token, text)).body;
    return waitForMealOutcome(server.url, token, meal.id);
  };

  it('a completed and a failed meal: one push each, decrypted with the browser keys, VAPID-signed with the key of GET /push/key', async () => {
    const { access_token: token } = await registerUser(server.url);
    const phone = service.subscribe();
    await subscribe(token, phone);
    const key = (await request<PushKey>(server.url, 'GET', '/api/v1/push/key', { token })).body.public_key;
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);

    const completed = await outcomeOf(token, '2 eggs and a slice of toast');
    const failed = await outcomeOf(token, 'asdfgh qwerty');
    expect([completed.type, failed.type]).toEqual(['meal_log.completed', 'meal_log.failed']);
    expect(await owed()).toBe(2);
    fallDue();

    const pushes = await service.waitForPushes(phone.name, 2);
    await settled();
    expect(service.problems).toEqual([]);
    const bySeq = [...pushes].sort((a, b) => a.message.seq - b.message.seq);
    expect(bySeq.map((p) => p.message)).toEqual(
      [completed, failed].map((event) => ({
        type: event.type,
        seq: event.seq,
        meal_log: {
          id: event.data.meal_log.id,
          status: event.data.meal_log.status,
          raw_input: event.data.meal_log.raw_input,
          totals: event.data.meal_log.totals,
          meal_type: event.data.meal_log.meal_type,
          logged_at: event.data.meal_log.logged_at,
        },
      })),
    );
    for (const push of pushes) {
      expect(push.vapidKey).toBe(key);
      expect(push.claims.aud).toBe(service.origin);
      expect(push.claims.sub).toBe(SUBJECT);
      const nowSeconds = Date.now() / 1000;
      expect(push.claims.exp).toBeGreaterThan(nowSeconds);
      expect(push.claims.exp).toBeLessThanOrEqual(nowSeconds + 24 * 3600);
      expect(push.headers.topic).toBe(push.message.meal_log.id.replaceAll('-', ''));
    }
    expect(service.received.filter((r) => r.subscription === phone.name)).toHaveLength(2);
  });

  it('each of the user’s subscriptions gets the push, another user’s do not', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { access_token: otherToken } = await registerUser(server.url);
    const [phone, laptop, stranger] = [service.subscribe(), service.subscribe(), service.subscribe()];
    await subscribe(token, phone);
    await subscribe(token, laptop);
    await subscribe(otherToken, stranger);
    const completed = await outcomeOf(token, 'a banana');
    fallDue();
    const [onPhone] = await service.waitForPushes(phone.name, 1);
    const [onLaptop] = await service.waitForPushes(laptop.name, 1);
    await settled();
    expect(onPhone?.message.seq).toBe(completed.seq);
    expect(onLaptop?.message.seq).toBe(completed.seq);
    expect(service.attempts.filter((a) => a.subscription === stranger.name)).toEqual([]);
  });

  it('no push when a live device acknowledged the event in time; an event it received but did not acknowledge is pushed', async () => {
    const { access_token: token } = await registerUser(server.url);
    const phone = service.subscribe();
    await subscribe(token, phone);
    const socket = await TestSocket.connect(server.url, token, 0);
    try {
      const seen = (await logMeal(server.url, token, 'an apple')).body;
      const acked = await socket.waitForEvent(
        (e) => e.type === 'meal_log.completed' && e.data.meal_log.id === seen.id,
      );
      socket.send({ type: 'ack', seq: acked.seq });
      // The acknowledgement reaches storage well before the push would fall due (a minute of clock).
      await settled();

      const missed = (await logMeal(server.url, token, 'a pear')).body;
      const unacked = await socket.waitForEvent(
        (e) => e.type === 'meal_log.completed' && e.data.meal_log.id === missed.id,
      );
      expect(await owed()).toBe(1);
      fallDue();
      await service.waitForPushes(phone.name, 1);
      await settled();
      const pushed = service.received.filter((r) => r.subscription === phone.name);
      expect(pushed.map((p) => p.message.seq)).toEqual([unacked.seq]);
    } finally {
      socket.terminate();
    }
  });

  it('410 from the push service deletes the subscription and what it was owed; later meals owe it nothing', async () => {
    const { access_token: token } = await registerUser(server.url);
    const removedBefore = await readMetric(server.url, 'fitiq_push_subscriptions_removed_total');
    const expired = service.subscribe();
    service.script(expired.name, { status: 410 });
    await subscribe(token, expired);
    const me = await request<{ id: string }>(server.url, 'GET', '/api/v1/me', { token });
    await outcomeOf(token, 'toast');
    fallDue();
    await service.waitFor(() => service.attempts.some((a) => a.subscription === expired.name));
    await expect
      .poll(() => server.storage.repos.push.listForUser(me.body.id), { timeout: 10_000 })
      .toEqual([]);
    await settled();
    expect(await readMetric(server.url, 'fitiq_push_subscriptions_removed_total')).toBe(removedBefore + 1);

    await outcomeOf(token, 'more toast');
    expect(await owed()).toBe(0);
  });

  it('503 and 429 are retried with backoff until the push service takes the message, which arrives once', async () => {
    const { access_token: token } = await registerUser(server.url);
    const retriedBefore = await readMetric(server.url, 'fitiq_pushes_failed_total{result="retried"}');
    const phone = service.subscribe();
    service.script(
      phone.name,
      { status: 503 },
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 502 },
    );
    await subscribe(token, phone);
    const completed = await outcomeOf(token, 'a bowl of rice');
    fallDue();
    const [push] = await service.waitForPushes(phone.name, 1);
    await settled();
    expect(push?.message.seq).toBe(completed.seq);
    expect(service.attempts.filter((a) => a.subscription === phone.name).map((a) => a.status)).toEqual([
      503, 429, 502, 201,
    ]);
    expect(service.received.filter((r) => r.subscription === phone.name)).toHaveLength(1);
    expect(await readMetric(server.url, 'fitiq_pushes_failed_total{result="retried"}')).toBe(
      retriedBefore + 3,
    );
  });

  it('retries are bounded: after FITIQ_PUSH_MAX_ATTEMPTS the message is given up and the subscription kept', async () => {
    const { access_token: token } = await registerUser(server.url);
    const gaveUpBefore = await readMetric(server.url, 'fitiq_pushes_failed_total{result="gave_up"}');
    const phone = service.subscribe();
    service.script(phone.name, ...Array.from({ length: 4 }, () => ({ status: 500 })));
    const id = await subscribe(token, phone);
    await outcomeOf(token, 'a cup of coffee');
    fallDue();
    await service.waitFor(() => service.attempts.filter((a) => a.subscription === phone.name).length === 4);
    await settled();
    expect(await readMetric(server.url, 'fitiq_pushes_failed_total{result="gave_up"}')).toBe(
      gaveUpBefore + 1,
    );
    const me = await request<{ id: string }>(server.url, 'GET', '/api/v1/me', { token });
    expect((await server.storage.repos.push.listForUser(me.body.id)).map((s) => s.id)).toEqual([id]);
  });

  let ssrfUser: Session | undefined;
  it.each([
    ['another host', 'https://push.example.com/send/abc'],
    ['a host that only ends like an allowed one', 'https://fcm.googleapis.com.example.com/send/abc'],
    ['the bare domain of a wildcard entry', 'https://push.apple.com/3/device/abc'],
    ['the cloud metadata address (link-local)', 'https://169.254.169.254/latest/meta-data'],
    ['an IPv6 link-local address', 'https://[fe80::1]/push'],
    ['loopback by address', 'https://127.0.0.1/push'],
    ['loopback by name', 'https://localhost/push'],
    ['a file: URL', 'file:///etc/passwd'],
    ['http: to an allowed host', 'http://fcm.googleapis.com/fcm/send/abc'],
    ['http: to a port of the listed origin’s host that is not listed', 'http://127.0.0.1:1/push/abc'],
    ['another port on an allowed host', 'https://fcm.googleapis.com:8443/fcm/send/abc'],
    ['credentials in the URL', 'https://user:secret@fcm.googleapis.com/fcm/send/abc'],
    ['no URL at all', 'not a url'],
  ])('SSRF: an endpoint on %s is refused with 400 and nothing is stored', async (_name, endpoint) => {
    ssrfUser ??= await registerUser(server.url);
    const session = ssrfUser;
    const keys = service.subscribe().json.keys;
    const answer = await request<{ code: string; errors: Array<{ path: string }> }>(
      server.url,
      'POST',
      '/api/v1/push/subscriptions',
      { token: session.access_token, body: { endpoint, keys } },
    );
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('validation_failed');
    expect(answer.body.errors[0]?.path).toBe('/endpoint');
    expect(await server.storage.repos.push.listForUser(session.user.id)).toEqual([]);
  });

  it('an endpoint on an allowed host (exact or a wildcard subdomain) is stored', async () => {
    const { access_token: token } = await registerUser(server.url);
    const keys = service.subscribe().json.keys;
    for (const endpoint of ['https://fcm.googleapis.com/fcm/send/abc', 'https://web.push.apple.com/QGx1']) {
      const answer = await request(server.url, 'POST', '/api/v1/push/subscriptions', {
        token,
        body: { endpoint, keys, expirationTime: null },
      });
      expect(answer.status).toBe(201);
    }
  });

  it('keys that are not a P-256 point and a 16-byte secret are refused with 400', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { endpoint, keys } = service.subscribe().json;
    const notAPoint = Buffer.alloc(65, 7).toString('base64url');
    for (const bad of [
      { p256dh: notAPoint, auth: keys.auth },
      { p256dh: keys.p256dh, auth: 'short' },
      { p256dh: keys.p256dh },
    ]) {
      const answer = await request<{ code: string }>(server.url, 'POST', '/api/v1/push/subscriptions', {
        token,
        body: { endpoint, keys: bad },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
  });

  it('the same endpoint again is 200 with the same id; DELETE is 204, then 404; another user’s id is 404', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { access_token: otherToken } = await registerUser(server.url);
    const phone = service.subscribe();
    const id = await subscribe(token, phone);
    const again = await request<PushSubscriptionCreated>(server.url, 'POST', '/api/v1/push/subscriptions', {
      token,
      body: phone.json,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
    const path = `/api/v1/push/subscriptions/${id}`;
    expect((await request(server.url, 'DELETE', path, { token: otherToken })).status).toBe(404);
    expect((await request(server.url, 'DELETE', path, { token })).status).toBe(204);
    expect((await request(server.url, 'DELETE', path, { token })).status).toBe(404);
  });

  it('a browser that changes hands: the endpoint moves to the user who subscribed it last', async () => {
    const first = await registerUser(server.url);
    const second = await registerUser(server.url);
    const shared = service.subscribe();
    await subscribe(first.access_token, shared);
    const moved = await subscribe(second.access_token, shared);
    expect(await server.storage.repos.push.listForUser(first.user.id)).toEqual([]);
    expect((await server.storage.repos.push.listForUser(second.user.id)).map((s) => s.id)).toEqual([moved]);
  });

  it('subscriptions are in the export and go with the account, with what they were owed', async () => {
    const session = await registerUser(server.url, `push-${Date.now()}@example.com`);
    const { access_token: token } = session;
    const phone = service.subscribe();
    const id = await subscribe(token, phone);
    const exported = await request<AccountExport>(server.url, 'GET', '/api/v1/me/export', { token });
    expect(exported.body.push_subscriptions).toEqual([
      { id, endpoint: phone.endpoint, created_at: expect.any(String) },
    ]);
    await outcomeOf(token, 'an orange');
    expect(await owed()).toBe(1);
    const deleted = await request(server.url, 'DELETE', '/api/v1/me', {
      token,
      body: { password: 'correct horse battery' },
    });
    expect(deleted.status).toBe(204);
    expect(await server.storage.repos.push.listForUser(session.user.id)).toEqual([]);
    expect(await owed()).toBe(0);
  });
});
