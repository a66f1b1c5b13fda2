import type { DayView, MealLog, StreamEvent } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { newEditRecord } from '../outbox/edit-record.js';
import { newOutboxRecord } from '../outbox/outbox-record.js';
import { fixtureItem } from '../testing/meal-fixtures.js';
import { DayStore } from './day-store.js';

const DATE = '2025-01-27';

const meal = (id: string, over: Partial<MealLog> = {}): MealLog => ({
  id,
  version: 1,
  status: 'processing',
  raw_input: 'a banana',
  meal_type: null,
  logged_at: `${DATE}T09:23:50.000Z`,
  created_at: `${DATE}T09:23:50.100Z`,
  updated_at: `${DATE}T09:23:50.100Z`,
  items: [],
  totals: null,
  error: null,
  ...over,
});

const completed = (id: string, calories: number, over: Partial<MealLog> = {}) =>
  meal(id, {
    status: 'completed',
    version: 2,
    updated_at: `${DATE}T09:24:23.000Z`,
    totals: { calories, protein_g: 1, carbs_g: 2, fat_g: 3 },
    ...over,
  });

const event = (seq: number, type: StreamEvent['type'], m: MealLog): StreamEvent => ({
  seq,
  id: `00000000-0000-0000-0000-${String(seq).padStart(12, '0')}`,
  type,
  created_at: m.updated_at,
  data: { meal_log: m },
});

const storeWith = (view: DayView) => new DayStore(async () => view, DATE, 'UTC');

describe('the day store', () => {
  it('a meal logged here keeps one entry and one key from pending to completed, whatever arrives first', async () => {
    const store = storeWith({
      meal_logs: [],
      totals: { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
      head: 0,
    });
    await store.reload();
    const record = newOutboxRecord('a banana', {}, new Date(`${DATE}T09:23:50.000Z`));
    store.setOutbox([record]);
    const keys: string[][] = [];
    store.subscribe(() => keys.push(store.getSnapshot().meals.map((m) => m.key)));

    // The stream's `created` comes before the POST's answer.
    store.applyEvent(event(1, 'meal_log.created', meal('s1')));
    store.linkUpload(record.local_id, meal('s1'));
    store.setOutbox([]);
    store.applyEvent(event(2, 'meal_log.completed', completed('s1', 105)));

    expect(keys.every((k) => k.length === 1 && k[0] === record.local_id)).toBe(true);
    expect(store.getSnapshot().meals[0]).toMatchObject({ id: 's1', status: 'completed' });
    expect(store.getSnapshot().totals.calories).toBe(105);
  });

  it('events already in the snapshot are ignored; a late `created` does not undo a completion', async () => {
    const store = storeWith({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    store.applyEvent(event(1, 'meal_log.created', meal('s1')));
    store.applyEvent(event(3, 'meal_log.completed', completed('s2', 50, { raw_input: 'an apple' })));
    expect(store.getSnapshot().meals.map((m) => [m.id, m.status])).toEqual([
      ['s1', 'completed'],
      ['s2', 'completed'],
    ]);
    expect(store.getSnapshot().totals.calories).toBe(150);
  });

  it('events that arrive while the snapshot loads are applied on top of it', async () => {
    let answer!: (view: DayView) => void;
    const store = new DayStore(() => new Promise((resolve) => (answer = resolve)), DATE, 'UTC');
    const loading = store.reload();
    store.applyEvent(event(5, 'meal_log.deleted', completed('s1', 100)));
    answer({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 4,
    });
    await loading;
    expect(store.getSnapshot().meals).toEqual([]);
    expect(store.getSnapshot().totals.calories).toBe(0);
  });

  it("meals of another day (in the store's time zone) stay out", async () => {
    const store = storeWith({
      meal_logs: [],
      totals: { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
      head: 0,
    });
    await store.reload();
    store.applyEvent(event(1, 'meal_log.created', meal('s9', { logged_at: '2025-01-28T00:00:00.000Z' })));
    expect(store.getSnapshot().meals).toEqual([]);
  });

  it('the snapshot object stays the same until something changes (useSyncExternalStore needs that)', async () => {
    const store = storeWith({
      meal_logs: [],
      totals: { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
      head: 0,
    });
    await store.reload();
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.applyEvent(event(1, 'meal_log.created', meal('s1')));
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('meal_log.updated events are applied in seq order: a later version replaces the meal, totals follow', async () => {
    const store = storeWith({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    store.applyEvent(event(3, 'meal_log.updated', completed('s1', 150, { version: 3 })));
    store.applyEvent(event(4, 'meal_log.updated', completed('s1', 180, { version: 4 })));
    expect(store.getSnapshot().meals[0]).toMatchObject({ id: 's1', version: 4, totals: { calories: 180 } });
    expect(store.getSnapshot().totals.calories).toBe(180);
    // The same version again (an edit's answer after its event) changes nothing.
    const before = store.getSnapshot().meals[0];
    store.applyServerMeal(completed('s1', 150, { version: 3 }));
    expect(store.getSnapshot().meals[0]?.meal).toBe(before?.meal);
  });

  it('a new text parses the meal again: the processing copy is newer than the completed one', async () => {
    const store = storeWith({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    store.applyEvent(event(3, 'meal_log.updated', meal('s1', { version: 3, raw_input: 'an apple' })));
    expect(store.getSnapshot().meals[0]).toMatchObject({ status: 'processing', raw_input: 'an apple' });
    expect(store.getSnapshot().totals.calories).toBe(0);
  });

  it('a meal whose time moved to another day leaves this one', async () => {
    const store = storeWith({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    store.applyEvent(
      event(
        3,
        'meal_log.updated',
        completed('s1', 100, { version: 3, logged_at: '2025-01-26T09:00:00.000Z' }),
      ),
    );
    expect(store.getSnapshot().meals).toEqual([]);
  });

  it('an edit waiting in the outbox is shown at once, totals included, and gives way to the server’s answer', async () => {
    const original = completed('s1', 90, { items: [fixtureItem()] });
    const store = storeWith({
      meal_logs: [original],
      totals: { calories: 90, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    const preview = completed('s1', 180, { items: [fixtureItem({ quantity: 2, calories: 180 })] });
    const edit = newEditRecord('s1', 2, { items: [] }, preview, new Date());
    store.setOutbox([edit]);
    expect(store.getSnapshot().meals[0]).toMatchObject({ unsynced: true, totals: { calories: 180 } });
    expect(store.getSnapshot().totals.calories).toBe(180);
    expect(store.mealForEdit('s1')).toEqual({ meal: preview, version: 2 });

    store.applyServerMeal(completed('s1', 180, { version: 3 }));
    store.setOutbox([]);
    expect(store.getSnapshot().meals[0]).toMatchObject({ unsynced: false, version: 3 });
    expect(store.mealForEdit('s1')?.version).toBe(3);
  });

  it('an event type this SDK does not know changes nothing (a newer server may add some)', async () => {
    const store = storeWith({
      meal_logs: [completed('s1', 100)],
      totals: { calories: 100, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    });
    await store.reload();
    const before = store.getSnapshot();
    store.applyEvent({ ...event(3, 'meal_log.updated', completed('s1', 1)), type: 'habit.logged' } as never);
    expect(store.getSnapshot()).toBe(before);
  });

  it('reopened offline: an edit waiting in the outbox shows its meal from the preview until the day loads', async () => {
    let online = false;
    const view: DayView = {
      meal_logs: [completed('s1', 90)],
      totals: { calories: 90, protein_g: 1, carbs_g: 2, fat_g: 3 },
      head: 2,
    };
    const store = new DayStore(
      async () => {
        if (!online) throw new Error('offline');
        return view;
      },
      DATE,
      'UTC',
    );
    const preview = completed('s1', 180);
    store.setOutbox([newEditRecord('s1', 2, { meal_type: 'lunch' }, preview, new Date())]);
    await store.reload().catch(() => {});
    expect(store.getSnapshot()).toMatchObject({ status: 'error', totals: { calories: 180 } });
    expect(store.getSnapshot().meals).toMatchObject([{ id: 's1', unsynced: true }]);

    online = true;
    await store.reload();
    expect(store.getSnapshot().meals).toMatchObject([
      { id: 's1', unsynced: true, totals: { calories: 180 } },
    ]);
    view.meal_logs = [];
    await store.reload();
    expect(store.getSnapshot().meals).toEqual([]);
  });
});
