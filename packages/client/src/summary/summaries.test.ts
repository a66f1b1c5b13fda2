import type { Summary, SummaryQuery } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import type { FitIQApi } from '../api/api-client.js';
import { InvalidInputError, NetworkError } from '../api/errors.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { rangeDays, Summaries } from './summaries.js';

const summaryOf = (from: string, calories: number): Summary => ({
  days: [{ date: from, calories, protein_g: 10, carbs_g: 20, fat_g: 5, meals: 1 }],
  averages: { calories, protein_g: 10, carbs_g: 20, fat_g: 5, days_logged: 1 },
  goals: { calories: 2000, protein_g: null, carbs_g: null, fat_g: null },
});

const apiAnswering = (answer: (query: SummaryQuery) => Summary) => {
  const asked: SummaryQuery[] = [];
  const api = {
    summary: async (query: SummaryQuery) => {
      asked.push(query);
      return answer(query);
    },
  } as unknown as FitIQApi;
  return { api, asked };
};

describe('summaries', () => {
  it('counts both ends of a range, across a month and a leap day', () => {
    expect(rangeDays('2025-01-27', '2025-01-27')).toBe(1);
    expect(rangeDays('2024-02-01', '2024-03-01')).toBe(30);
    expect(rangeDays('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('the last summary of each length of range is kept: yesterday’s "last 7 days" shows offline today', async () => {
    const storage = memoryStorage();
    const online = apiAnswering((q) => summaryOf(q.from, 1800));
    const loaded = await new Summaries(online.api, storage).load({
      from: '2025-01-21',
      to: '2025-01-27',
      tz: 'Europe/Paris',
    });
    expect(online.asked).toEqual([{ from: '2025-01-21', to: '2025-01-27', tz: 'Europe/Paris' }]);

    const offline = new Summaries(
      apiAnswering(() => {
        throw new NetworkError('offline');
      }).api,
      storage,
    );
    const week = { from: '2025-01-22', to: '2025-01-28', tz: 'Europe/Paris' };
    await expect(offline.load(week)).rejects.toBeInstanceOf(NetworkError);
    expect(await offline.cached(week)).toEqual(loaded);
    expect(await offline.cached({ ...week, from: '2024-12-30' })).toBeNull();
    expect(await offline.cached({ ...week, tz: 'UTC' })).toBeNull();
  });

  it('a range the server would refuse is refused before asking it', async () => {
    const { api, asked } = apiAnswering((q) => summaryOf(q.from, 1));
    const summaries = new Summaries(api, memoryStorage());
    await expect(summaries.load({ from: '2025-02-02', to: '2025-02-01' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(summaries.load({ from: '2025-2-1', to: '2025-02-01' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(summaries.load({ from: '2024-01-01', to: '2025-01-01' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(asked).toEqual([]);
  });
});
