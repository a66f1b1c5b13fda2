import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../jobs/job.js';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import type { Repositories, Storage } from './storage.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const iso = (ms: number) => new Date(ms).toISOString();

const newUser = async (storage: Storage) => {
  const id = randomUUID();
  await storage.transaction((tx) =>
    tx.users.insert({ id, email: `${id}@example.com`, passwordHash: 'x', createdAt: iso(Date.now()) }),
  );
  return id;
};

const newMeal = (userId: string): MealLogRecord => {
  const now = iso(Date.now());
  return {
    id: randomUUID(),
    userId,
    status: 'processing',
    rawInput: 'toast',
    mealType: null,
    loggedAt: now,
    createdAt: now,
    updatedAt: now,
    version: 1,
    items: [],
    totals: null,
    error: null,
  };
};

const newJob = (userId: string, mealLogId: string, runAt = iso(Date.now())): Job => ({
  id: mealLogId,
  mealLogId,
  userId,
  status: 'queued',
  attempts: 0,
  runAt,
  leaseOwner: null,
  leaseUntil: null,
  lastError: null,
});

const append = (storage: Storage, userId: string, createdAt = iso(Date.now())) =>
  storage.transaction((tx) =>
    tx.events.append(userId, {
      id: randomUUID(),
      type: 'meal_log.created',
      createdAt,
      buildPayload: (seq) => JSON.stringify({ seq }),
    }),
  );

describe.each(dialects)('storage on $name', (dialect) => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, dispose } = await dialect.open());
  });
  afterAll(() => dispose());

  it('migrations are idempotent: running them again changes nothing', async () => {
    await storage.migrate();
    await storage.ping();
  });

  it('a second user with the same email is refused', async () => {
    const createdAt = iso(Date.now());
    const first = await storage.transaction((tx) =>
      tx.users.insert({ id: randomUUID(), email: 'same@example.com', passwordHash: 'x', createdAt }),
    );
    const second = await storage.transaction((tx) =>
      tx.users.insert({ id: randomUUID(), email: 'same@example.com', passwordHash: 'y', createdAt }),
    );
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('seq starts at 1 and grows by one per event, per user', async () => {
    const alice = await newUser(storage);
    const bob = await newUser(storage);
    const seqs = [];
    for (let i = 0; i < 3; i++) seqs.push((await append(storage, alice)).seq);
    seqs.push((await append(storage, bob)).seq);
    expect(seqs).toEqual([1, 2, 3, 1]);
    expect(await storage.repos.events.position(alice)).toEqual({ head: 3, prunedThrough: 0 });
  });

  it('concurrent writers for one user get contiguous, unique seqs', async () => {
    const user = await newUser(storage);
    const events = await Promise.all(Array.from({ length: 40 }, () => append(storage, user)));
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const stored = await storage.repos.events.readAfter(user, 0, 100);
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('a rolled-back transaction leaves no event and no gap', async () => {
    const user = await newUser(storage);
    await append(storage, user);
    await expect(
      storage.transaction(async (tx) => {
        await tx.events.append(user, {
          id: randomUUID(),
          type: 'meal_log.created',
          createdAt: iso(Date.now()),
          buildPayload: () => '{}',
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await append(storage, user)).seq).toBe(2);
  });

  it('among concurrent transactions, one that fails rolls back alone (group commit keeps each atomic)', async () => {
    const user = await newUser(storage);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        storage.transaction(async (tx) => {
          const event = await tx.events.append(user, {
            id: randomUUID(),
            type: 'meal_log.created',
            createdAt: iso(Date.now()),
            buildPayload: () => '{}',
          });
          if (i % 3 === 0) throw new Error(`transaction ${i} fails`);
          return event.seq;
        }),
      ),
    );
    const committed = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(4);
    expect(committed.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await storage.repos.events.readAfter(user, 0, 100)).map((e) => e.seq)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('readAfter pages in seq order', async () => {
    const user = await newUser(storage);
    for (let i = 0; i < 5; i++) await append(storage, user);
    expect((await storage.repos.events.readAfter(user, 1, 2)).map((e) => e.seq)).toEqual([2, 3]);
    expect((await storage.repos.events.readAfter(user, 5, 10)).map((e) => e.seq)).toEqual([]);
  });

  it('a meal finishes once, and only by the worker that holds its job', async () => {
    const user = await newUser(storage);
    const meal = newMeal(user);
    const leased: Job = { ...newJob(user, meal.id), status: 'running', attempts: 1, leaseOwner: 'w1' };
    await storage.transaction((tx) => tx.meals.insert(meal, leased));
    const update = {
      status: 'completed' as const,
      items: [],
      totals: { calories: 1, protein_g: 0, carbs_g: 0, fat_g: 0 },
      error: null,
      updatedAt: iso(Date.now()),
    };
    expect(await storage.transaction((tx) => tx.meals.finish(meal.id, 'w2', 1, update))).toBeNull();
    const finished = await storage.transaction((tx) => tx.meals.finish(meal.id, 'w1', 1, update));
    expect(finished).toEqual({ ...meal, ...update, version: 2 });
    expect(
      await storage.transaction((tx) => tx.meals.finish(meal.id, 'w1', 2, { ...update, status: 'failed' })),
    ).toBeNull();
    expect((await storage.repos.meals.find(user, meal.id))?.status).toBe('completed');
  });

  it('transactions committed together stay separate: one that fails leaves no trace and the others commit', async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const now = iso(Date.now());
    const insert = (tx: Repositories, id: string) =>
      tx.users.insert({ id, email: `${id}@example.com`, passwordHash: 'x', createdAt: now });
    // Started in one turn of the event loop, so a group-committing store runs them as one batch.
    const results = await Promise.allSettled(
      ids.map((id, index) =>
        storage.transaction(async (tx) => {
          await insert(tx, id);
          if (index === 2) throw new Error('changed my mind');
          // A constraint failure inside the batch, too: the first transaction's user id again.
          if (index === 4)
            await tx.users.insert({
              id: ids[0] as string,
              email: `${id}-again@example.com`,
              passwordHash: 'x',
              createdAt: now,
            });
          return id;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('changed my mind'));
    const stored = await Promise.all(ids.map((id) => storage.repos.users.findById(id)));
    expect(stored.map((user) => user !== null)).toEqual([true, true, false, true, false, true]);
  });

  it('an idempotency key is taken once', async () => {
    const user = await newUser(storage);
    expect(await storage.repos.idempotency.insert(user, 'k', randomUUID(), iso(Date.now()))).toBe(true);
    expect(await storage.repos.idempotency.insert(user, 'k', randomUUID(), iso(Date.now()))).toBe(false);
  });

  describe('jobs', () => {
    const claimAll = async (owner: string, now: number, limit: number, leaseMs = 1000) =>
      (
        await storage.transaction((tx) =>
          tx.jobs.claim({ owner, now: iso(now), leaseUntil: iso(now + leaseMs), limit }),
        )
      ).map(({ job }) => job);
    const claim = async (owner: string, now: number, leaseMs = 1000) =>
      (await claimAll(owner, now, 1, leaseMs))[0] ?? null;

    it('two workers claiming at once never get the same job', async () => {
      const user = await newUser(storage);
      const meal = newMeal(user);
      await storage.transaction((tx) => tx.meals.insert(meal, newJob(user, meal.id, iso(0))));
      const claims = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => claim(owner, Date.now())));
      const won = claims.filter((job) => job?.mealLogId === meal.id);
      expect(won).toHaveLength(1);
      expect(won[0]?.attempts).toBe(1);
      await storage.repos.jobs.complete(won[0]?.id as string);
    });

    it('a job whose lease expired is claimed again, and its old owner no longer holds it', async () => {
      const user = await newUser(storage);
      const meal = newMeal(user);
      const job = newJob(user, meal.id, iso(0));
      await storage.transaction((tx) => tx.meals.insert(meal, job));
      const now = Date.now() + 10_000_000;
      const first = await claim('dead-worker', now, 100);
      expect(first?.id).toBe(job.id);
      expect(await claim('other', now + 50)).toBeNull();
      const second = await claim('other', now + 200);
      expect(second?.id).toBe(job.id);
      expect(second?.attempts).toBe(2);
      const outcome = {
        status: 'failed' as const,
        items: [],
        totals: null,
        error: null,
        updatedAt: iso(now),
      };
      expect(
        await storage.transaction((tx) => tx.meals.finish(meal.id, 'dead-worker', 1, outcome)),
      ).toBeNull();
      expect(await storage.transaction((tx) => tx.meals.finish(meal.id, 'other', 1, outcome))).not.toBeNull();
    });

    it('a released job is due at once and its attempt is given back', async () => {
      const user = await newUser(storage);
      const meal = newMeal(user);
      const job = newJob(user, meal.id, iso(0));
      await storage.transaction((tx) => tx.meals.insert(meal, job));
      const now = Date.now() + 20_000_000;
      expect((await claim('w1', now))?.id).toBe(job.id);
      await storage.repos.jobs.release(job.id, 'w1', iso(now));
      const again = await claim('w2', now);
      expect(again?.id).toBe(job.id);
      expect(again?.attempts).toBe(1);
      await storage.repos.jobs.complete(job.id);
    });

    it('a claim hands out each job with its meal as stored', async () => {
      const user = await newUser(storage);
      const meal = newMeal(user);
      await storage.transaction((tx) => tx.meals.insert(meal, newJob(user, meal.id, iso(0))));
      const now = Date.now() + 40_000_000;
      const [claimed, ...others] = await storage.transaction((tx) =>
        tx.jobs.claim({ owner: 'w', now: iso(now), leaseUntil: iso(now + 1000), limit: 5 }),
      );
      expect(others).toEqual([]);
      expect(claimed?.meal).toEqual(meal);
      expect(claimed?.job).toMatchObject({ id: meal.id, mealLogId: meal.id, userId: user, attempts: 1 });
      expect(claimed?.job).toMatchObject({ status: 'running', leaseOwner: 'w', leaseUntil: iso(now + 1000) });
      await storage.repos.jobs.complete(meal.id);
    });

    it('workers claiming batches at once share the due jobs without overlap, each within its limit', async () => {
      const user = await newUser(storage);
      const jobs = Array.from({ length: 10 }, () => newJob(user, newMeal(user).id, iso(0)));
      await storage.transaction(async (tx) => {
        for (const job of jobs) await tx.meals.insert({ ...newMeal(user), id: job.mealLogId }, job);
      });
      const now = Date.now() + 30_000_000;
      const batches = await Promise.all(['a', 'b', 'c'].map((owner) => claimAll(owner, now, 4)));
      for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(4);
      const rest = await claimAll('d', now, 10);
      const claimed = [...batches.flat(), ...rest].map((job) => job.id).sort();
      expect(claimed).toEqual(jobs.map((job) => job.id).sort());
      for (const id of claimed) await storage.repos.jobs.complete(id);
    });
  });

  it('retention prunes a prefix older than the cutoff, keeps the last N, and records how far', async () => {
    const user = await newUser(storage);
    const old = iso(Date.now() - 10 * 86_400_000);
    for (let i = 0; i < 5; i++) await append(storage, user, old);
    await append(storage, user);
    const cutoff = iso(Date.now() - 7 * 86_400_000);
    expect(await storage.repos.events.streamsOverKeep(2, null, 100_000)).toContain(user);
    const removed = await storage.transaction((tx) => tx.events.pruneStream(user, cutoff, 2));
    expect(removed).toBe(4);
    expect((await storage.repos.events.readAfter(user, 0, 10)).map((e) => e.seq)).toEqual([5, 6]);
    expect(await storage.repos.events.position(user)).toEqual({ head: 6, prunedThrough: 4 });
    expect(await storage.repos.events.streamsOverKeep(2, null, 100_000)).not.toContain(user);
    expect(await storage.transaction((tx) => tx.events.pruneStream(user, cutoff, 2))).toBe(0);
  });

  it('retention keeps every event younger than the cutoff, however many there are', async () => {
    const user = await newUser(storage);
    for (let i = 0; i < 2; i++) await append(storage, user, iso(Date.now() - 10 * 86_400_000));
    for (let i = 0; i < 4; i++) await append(storage, user);
    expect(
      await storage.transaction((tx) => tx.events.pruneStream(user, iso(Date.now() - 86_400_000), 1)),
    ).toBe(2);
    expect((await storage.repos.events.readAfter(user, 0, 10)).map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    expect(await storage.repos.events.position(user)).toEqual({ head: 6, prunedThrough: 2 });
  });
});
