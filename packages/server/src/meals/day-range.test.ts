import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { dayRange } from './day-range.js';

describe('dayRange', () => {
  it('is midnight to midnight in UTC', () => {
    expect(dayRange('2026-03-10', 'UTC')).toEqual({
      fromInclusive: '2026-03-10T00:00:00.000Z',
      toExclusive: '2026-03-11T00:00:00.000Z',
    });
  });

  it('follows the zone offset', () => {
    expect(dayRange('2026-07-01', 'Asia/Tokyo')).toEqual({
      fromInclusive: '2026-06-30T15:00:00.000Z',
      toExclusive: '2026-07-01T15:00:00.000Z',
    });
  });

  it('is 23 hours long on the day clocks spring forward', () => {
    const { fromInclusive, toExclusive } = dayRange('2026-03-08', 'America/New_York');
    expect(fromInclusive).toBe('2026-03-08T05:00:00.000Z');
    expect(toExclusive).toBe('2026-03-09T04:00:00.000Z');
  });

  it('is 25 hours long on the day clocks fall back', () => {
    const { fromInclusive, toExclusive } = dayRange('2026-10-25', 'Europe/Paris');
    expect(fromInclusive).toBe('2026-10-24T22:00:00.000Z');
    expect(toExclusive).toBe('2026-10-25T23:00:00.000Z');
  });

  it('rejects impossible dates and unknown zones with validation_failed', () => {
    expect(() => dayRange('2026-02-29', 'UTC')).toThrow(AppError);
    expect(() => dayRange('2026-01-01', 'Nowhere/Special')).toThrow(/IANA/);
  });
});
