import type { StreamEvent } from '@fitiq/contract';
import { request } from '@fitiq/server/testing';
import { expect } from 'vitest';
import type { FitIQClient } from '../client.js';

/** Every event the app's listener saw, in order. */
export const recordEvents = (client: FitIQClient): StreamEvent[] => {
  const seen: StreamEvent[] = [];
  client.on('event', (event) => seen.push(event));
  return seen;
};

/** Each seq once, consecutive from `from`: no gap, no duplicate. */
export const expectContiguous = (events: readonly StreamEvent[], from: number): void => {
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => from + i));
};

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** How many meals the server has for the user today (UTC), asked directly, not through the SDK. */
export const serverMealCount = async (url: string, token: string): Promise<number> => {
  const day = await request<{ meal_logs: unknown[] }>(url, 'GET', `/api/v1/meal-logs?date=${todayUtc()}`, {
    token,
  });
  return day.body.meal_logs.length;
};

export const serverMealStatus = async (url: string, token: string, id: string): Promise<string> =>
  (await request<{ status: string }>(url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body.status;
