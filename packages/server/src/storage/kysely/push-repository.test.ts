import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, postgresAvailable } from '../../testing/storage-dialects.js';
import type { PushSubscriptionRecord, Storage } from '../storage.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

describe.each(dialects)('push subscriptions and deliveries on $name', (dialect) => {
  let storage: Storage;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, dispose } = await dialect.open());
  });
  afterAll(() => dispose());

  const newUser = async () => {
    const id = randomUUID();
    await storage.transaction((tx) =>
      tx.users.insert({ id, email: `${id}@example.com`, passwordHash: 'x', createdAt: iso(T0) }),
    );
    return id;
  };
  const subscription = (userId: string, createdAt = T0): PushSubscriptionRecord => {
    const ecdh = createECDH('prime256v1');
    return {
      id: randomUUID(),
      userId,
      endpoint: `https://fcm.googleapis.com/fcm/send/${randomUUID()}`,
      p256dh: ecdh.generateKeys().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
      createdAt: iso(createdAt),
    };
  };
  const subscribe = (record: PushSubscriptionRecord, keep = 20) =>
    storage.transaction((tx) => tx.push.subscribe(record, keep));
  const claim = (now: number, owner: string = randomUUID(), limit = 10) =>
    storage.transaction((tx) =>
      tx.push.claimDue({ owner, now: iso(now), leaseUntil: iso(now + 30_000), limit }),
    );
  const drain = async () => {
    for (
      let deliveries = await claim(T0 + 10 ** 9);
      deliveries.length > 0;
      deliveries = await claim(T0 + 10 ** 9)
    )
      for (const d of deliveries) await storage.repos.push.finish(d.id, d.leaseOwner);
  };

  it('an outcome owes one delivery per subscription of its user, none to other users', async () => {
    await drain();
    const [user, other] = [await newUser(), await newUser()];
    const [phone, laptop] = [subscription(user), subscription(user)];
    await subscribe(phone);
    await subscribe(laptop);
    await subscribe(subscription(other));
    await storage.transaction((tx) => tx.push.schedule(user, 7, iso(T0 + 5000)));
    expect(await claim(T0 + 4999)).toEqual([]);
    const due = await claim(T0 + 5000);
    expect(due.map((d) => [d.subscription.id, d.seq, d.attempts]).sort()).toEqual(
      [
        [phone.id, 7, 1],
        [laptop.id, 7, 1],
      ].sort(),
    );
    expect(due[0]?.subscription).toEqual(due[0]?.subscription.id === phone.id ? phone : laptop);
  });

  it('a user without subscriptions owes nothing', async () => {
    await drain();
    const user = await newUser();
    await storage.transaction((tx) => tx.push.schedule(user, 1, iso(T0)));
    expect(await storage.repos.push.countDeliveries()).toBe(0);
  });

  it('concurrent claims lease each delivery once; an expired lease is claimed again, and the old holder can no longer end it', async () => {
    await drain();
    const user = await newUser();
    for (let i = 0; i < 3; i++) await subscribe(subscription(user));
    for (let seq = 1; seq <= 4; seq++)
      await storage.transaction((tx) => tx.push.schedule(user, seq, iso(T0)));
    const claims = await Promise.all(Array.from({ length: 4 }, () => claim(T0, randomUUID(), 5)));
    const ids = claims.flat().map((d) => d.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);

    const stale = claims.flat()[0];
    if (!stale) throw new Error('nothing claimed');
    expect((await claim(T0 + 29_999)).length).toBe(0);
    const again = await claim(T0 + 30_000, 'second-owner', 100);
    expect(again).toHaveLength(12);
    expect(again.find((d) => d.id === stale.id)?.attempts).toBe(2);
    await storage.repos.push.finish(stale.id, stale.leaseOwner);
    expect(await storage.repos.push.countDeliveries()).toBe(12);
    for (const d of again) await storage.repos.push.finish(d.id, d.leaseOwner);
    expect(await storage.repos.push.countDeliveries()).toBe(0);
  });

  it('an acknowledgement drops what is owed for the events through its seq, of that user only', async () => {
    await drain();
    const [user, other] = [await newUser(), await newUser()];
    await subscribe(subscription(user));
    await subscribe(subscription(other));
    for (const seq of [3, 5, 8]) await storage.transaction((tx) => tx.push.schedule(user, seq, iso(T0)));
    await storage.transaction((tx) => tx.push.schedule(other, 3, iso(T0)));
    await storage.repos.push.cancelAcknowledged(user, 5);
    const left = await claim(T0);
    expect(left.map((d) => [d.userId === user ? 'user' : 'other', d.seq]).sort()).toEqual([
      ['other', 3],
      ['user', 8],
    ]);
  });

  it('a retry is due again at its time, with its attempts counted', async () => {
    await drain();
    const user = await newUser();
    await subscribe(subscription(user));
    await storage.transaction((tx) => tx.push.schedule(user, 1, iso(T0)));
    const [first] = await claim(T0);
    if (!first) throw new Error('nothing claimed');
    await storage.repos.push.retryAt(first.id, first.leaseOwner, iso(T0 + 100));
    expect(await claim(T0 + 99)).toEqual([]);
    expect((await claim(T0 + 100)).map((d) => d.attempts)).toEqual([2]);
  });

  it('the same endpoint again keeps its id (keys refreshed); another user taking it over gets a new one; the newest `keep` stay', async () => {
    const [user, other] = [await newUser(), await newUser()];
    const phone = subscription(user);
    expect(await subscribe(phone)).toEqual({ id: phone.id, created: true });
    const refreshed = { ...subscription(user), endpoint: phone.endpoint };
    expect(await subscribe(refreshed)).toEqual({ id: phone.id, created: false });
    expect((await storage.repos.push.listForUser(user))[0]?.p256dh).toBe(refreshed.p256dh);

    const taken = { ...subscription(other), endpoint: phone.endpoint };
    expect(await subscribe(taken)).toEqual({ id: taken.id, created: true });
    expect(await storage.repos.push.listForUser(user)).toEqual([]);

    const many = [1, 2, 3].map((i) => subscription(user, T0 + i));
    for (const s of many) await subscribe(s, 2);
    expect((await storage.repos.push.listForUser(user)).map((s) => s.id)).toEqual([many[1]?.id, many[2]?.id]);
  });

  it('a subscription removed (410) takes what it was owed with it', async () => {
    await drain();
    const user = await newUser();
    const gone = subscription(user);
    await subscribe(gone);
    await subscribe(subscription(user));
    await storage.transaction((tx) => tx.push.schedule(user, 1, iso(T0)));
    await storage.repos.push.removeSubscription(gone.id);
    expect(await storage.repos.push.countDeliveries()).toBe(1);
    expect((await claim(T0)).map((d) => d.subscription.id)).not.toContain(gone.id);
  });
});
