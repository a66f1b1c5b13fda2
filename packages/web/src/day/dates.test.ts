import { describe, expect, it } from 'vitest';
import { addDays, isDay, loggedAtFor } from './dates.js';

describe('calendar days', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('tells a day from anything else', () => {
    expect(isDay('2025-01-27')).toBe(true);
    expect(isDay('2025-1-27')).toBe(false);
    expect(isDay('today')).toBe(false);
  });

  it('a meal with a time is logged at that time of the viewed day; without one, at the current time', () => {
    const now = new Date(2025, 0, 27, 9, 15, 30);
    const withTime = loggedAtFor('2025-01-20', '13:05', now);
    expect([withTime.getDate(), withTime.getHours(), withTime.getMinutes()]).toEqual([20, 13, 5]);
    const withoutTime = loggedAtFor('2025-01-27', '', now);
    expect(withoutTime.getTime()).toBe(now.getTime());
  });
});
