import type { Goals } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import type { FitIQApi } from '../api/api-client.js';
import { InvalidInputError, NetworkError } from '../api/errors.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { GoalsStore } from './goals-store.js';

const goals = (calories: number | null, protein_g: number | null = null): Goals => ({
  calories,
  protein_g,
  carbs_g: null,
  fat_g: null,
});

const updated = (value: Goals) => ({ type: 'goals.updated', data: { goals: value } });

/** An answer the test hands over when it wants: the order of answers and events is the point. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

/** The two routes the store uses; every request waits for the test to answer it. */
const fakeApi = () => {
  const gets: Array<ReturnType<typeof deferred<Goals>>> = [];
  const puts: Array<{ body: Goals; answer: ReturnType<typeof deferred<Goals>> }> = [];
  const api = {
    goals: () => {
      const answer = deferred<Goals>();
      gets.push(answer);
      return answer.promise;
    },
    setGoals: (body: Goals) => {
      const answer = deferred<Goals>();
      puts.push({ body, answer });
      return answer.promise;
    },
  } as unknown as FitIQApi;
  return { api, gets, puts };
};

describe('the goals store', () => {
  it('loads the goals, then follows goals.updated events from other devices', async () => {
    const { api, gets } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', goals: null });
    const load = store.load();
    gets[0]?.resolve(goals(2000));
    await load;
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', goals: goals(2000) });

    const seen: Array<Goals | null> = [];
    store.subscribe(() => seen.push(store.current));
    store.applyEvent(updated(goals(2200, 150)));
    expect(seen).toEqual([goals(2200, 150)]);
  });

  it('a GET answer that comes back after an event is not taken: it may predate the event', async () => {
    const { api, gets } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    const load = store.load();
    store.applyEvent(updated(goals(2500)));
    gets[0]?.resolve(goals(1800));
    expect(await load).toBeNull();
    expect(store.current).toEqual(goals(2500));
  });

  it('set shows the change at once, changes only the goals named, and settles on the server’s answer', async () => {
    const { api, gets, puts } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    const load = store.load();
    gets[0]?.resolve(goals(2000, 120));
    await load;

    const saving = store.set({ calories: 2100 });
    expect(store.getSnapshot()).toMatchObject({ saving: true, goals: goals(2100, 120) });
    expect(puts[0]?.body).toEqual(goals(2100, 120));
    puts[0]?.answer.resolve(goals(2100, 120));
    expect(await saving).toEqual(goals(2100, 120));
    expect(store.getSnapshot()).toMatchObject({ saving: false, goals: goals(2100, 120) });
  });

  it('a PUT that fails shows the goals as they were and throws', async () => {
    const { api, gets, puts } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    const load = store.load();
    gets[0]?.resolve(goals(2000));
    await load;
    const saving = store.set({ calories: 3000 });
    puts[0]?.answer.reject(new NetworkError('offline'));
    await expect(saving).rejects.toBeInstanceOf(NetworkError);
    expect(store.getSnapshot()).toMatchObject({ saving: false, goals: goals(2000) });
  });

  it('another device’s change arrives before this device’s PUT is answered: the later event wins', async () => {
    const { api, gets, puts } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    const load = store.load();
    gets[0]?.resolve(goals(2000));
    await load;
    const saving = store.set({ calories: 2100 });
    // Stream order: this device's change, then the other's; the PUT's answer comes last.
    store.applyEvent(updated(goals(2100)));
    store.applyEvent(updated(goals(1900)));
    puts[0]?.answer.resolve(goals(2100));
    await saving;
    expect(store.current).toEqual(goals(1900));
  });

  it('values the server would refuse are refused before anything is sent', async () => {
    const { api, puts } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    await expect(store.set({ calories: -5 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(store.set({ fat_g: Number.NaN })).rejects.toBeInstanceOf(InvalidInputError);
    expect(puts).toEqual([]);
  });

  it('an event without well-formed goals changes nothing', () => {
    const { api } = fakeApi();
    const store = new GoalsStore(api, memoryStorage());
    store.applyEvent({ type: 'goals.updated', data: { goals: { calories: 'lots' } } });
    store.applyEvent({ type: 'meal_log.created', data: {} });
    expect(store.current).toBeNull();
  });

  it('the goals last heard are kept on the device: a later run shows them before (or without) the server', async () => {
    const { api } = fakeApi();
    const storage = memoryStorage();
    const first = new GoalsStore(api, storage);
    first.applyEvent(updated(goals(2300, 140)));
    await expect.poll(() => storage.get('goals')).toEqual(goals(2300, 140));

    const offline = fakeApi();
    const second = new GoalsStore(offline.api, storage);
    await second.restore();
    const load = second.load();
    offline.gets[0]?.reject(new NetworkError('offline'));
    await expect(load).rejects.toBeInstanceOf(NetworkError);
    expect(second.getSnapshot()).toMatchObject({ status: 'error', goals: goals(2300, 140) });
  });
});
