import type { MealLog } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import type { FitIQApi } from '../api/api-client.js';
import { NetworkError } from '../api/errors.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { fixtureMeal } from '../testing/meal-fixtures.js';
import { RecentMeals } from './recent-meals.js';

const meal = (n: number, raw_input: string) =>
  fixtureMeal({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, raw_input });

/** GET /meal-logs/recent answering what `list` holds when asked; `hold` keeps the next answer back. */
const fakeApi = (list: MealLog[][]) => {
  let calls = 0;
  const gate: { release: (() => void) | null; hold: boolean; down: boolean } = {
    release: null,
    hold: false,
    down: false,
  };
  const api = {
    recentMeals: async () => {
      const answer = list[Math.min(calls, list.length - 1)] ?? [];
      calls += 1;
      if (gate.down) throw new NetworkError('offline');
      if (gate.hold) await new Promise<void>((resolve) => (gate.release = resolve));
      return answer;
    },
  } as unknown as FitIQApi;
  return { api, gate, calls: () => calls };
};

describe('recent meals', () => {
  it('loads the list, keeps it on the device, and a later run offline shows it with when it was loaded', async () => {
    const storage = memoryStorage();
    const online = fakeApi([[meal(1, 'oatmeal'), meal(2, 'a banana')]]);
    const recent = new RecentMeals(online.api, storage);
    await recent.load();
    expect(recent.getSnapshot()).toMatchObject({ status: 'ready', meals: [{ raw_input: 'oatmeal' }, {}] });
    expect(recent.find(meal(2, '').id)?.raw_input).toBe('a banana');

    const offline = fakeApi([]);
    offline.gate.down = true;
    const later = new RecentMeals(offline.api, storage);
    await later.restore();
    await expect(later.load()).rejects.toBeInstanceOf(NetworkError);
    expect(later.getSnapshot()).toMatchObject({
      status: 'error',
      meals: [{ raw_input: 'oatmeal' }, { raw_input: 'a banana' }],
      loaded_at: recent.getSnapshot().loaded_at,
    });
  });

  it('a meal event once the list was asked for loads it again; before that, events ask nothing', async () => {
    const fake = fakeApi([[meal(1, 'oatmeal')], [meal(3, 'soup'), meal(1, 'oatmeal')]]);
    const recent = new RecentMeals(fake.api, memoryStorage());
    recent.applyEvent({ type: 'meal_log.completed' });
    expect(fake.calls()).toBe(0);
    await recent.load();
    recent.applyEvent({ type: 'goals.updated' });
    expect(fake.calls()).toBe(1);
    recent.applyEvent({ type: 'meal_log.completed' });
    await expect.poll(() => recent.getSnapshot().meals.map((m) => m.raw_input)).toEqual(['soup', 'oatmeal']);
  });

  it('a change while a load is under way: the list is loaded once more, its answer may predate the change', async () => {
    const fake = fakeApi([[meal(1, 'oatmeal')], [meal(1, 'oatmeal')], [meal(3, 'soup'), meal(1, 'oatmeal')]]);
    const recent = new RecentMeals(fake.api, memoryStorage());
    await recent.load();
    fake.gate.hold = true;
    const loading = recent.load();
    await expect.poll(() => fake.gate.release).not.toBeNull();
    recent.applyEvent({ type: 'meal_log.created' });
    fake.gate.hold = false;
    fake.gate.release?.();
    await loading;
    expect(fake.calls()).toBe(3);
    expect(recent.getSnapshot().meals.map((m) => m.raw_input)).toEqual(['soup', 'oatmeal']);
  });
});
