import { describe, expect, it } from 'vitest';
import { addDays, lastDays, parseDay, parseDays } from './day-range.js';

describe('the days `fitiq trends` asks for', () => {
  it('the last 30 days are the day itself and the 29 before, across month and year ends', () => {
    expect(lastDays('2026-12-05', 30)).toEqual({ from: '2026-11-06', to: '2026-12-05' });
    expect(lastDays('2026-01-03', 7)).toEqual({ from: '2025-12-28', to: '2026-01-03' });
    expect(lastDays('2024-03-01', 2)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
    expect(lastDays('2026-12-05', 1)).toEqual({ from: '2026-12-05', to: '2026-12-05' });
  });

  it('calendar days, whatever the clocks do (a DST change is still one day)', () => {
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('--days is a whole number from 1 to 366', () => {
    expect(parseDays('366')).toBe(366);
    for (const bad of ['0', '367', '7.5', 'week', ''])
      expect(() => parseDays(bad)).toThrow(`--days must be a whole number from 1 to 366, not "${bad}"`);
  });

  it('--to is a real day written YYYY-MM-DD', () => {
    expect(parseDay('to', '2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-30', '2026-2-3', 'today'])
      expect(() => parseDay('to', bad)).toThrow(`--to must be a day as YYYY-MM-DD, not "${bad}"`);
  });
});
