import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { dayRange } from '../meals/day-range.js';
import { summaryRange } from './summary-range.js';

const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'America/Santiago', // DST changes at midnight: some local midnights do not exist
  'Asia/Kolkata',
  'Australia/Lord_Howe', // a half-hour DST shift
  'Pacific/Kiritimati',
  'America/St_Johns',
];

const iso = (ms: number) => new Date(ms).toISOString();

describe('summaryRange: the local days of a summary', () => {
  it('lists every date from `from` to `to`, both included', () => {
    expect(summaryRange('2026-02-27', '2026-03-02', 'UTC').dates).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('has a 23-hour day when clocks spring forward and a 25-hour one when they fall back', () => {
    const spring = summaryRange('2026-03-08', '2026-03-08', 'America/New_York').startsMs;
    expect(spring.map(iso)).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
    const autumn = summaryRange('2026-11-01', '2026-11-01', 'America/New_York').startsMs;
    expect(autumn.map(iso)).toEqual(['2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z']);
  });

  it('takes 366 days and refuses 367', () => {
    expect(summaryRange('2024-01-01', '2024-12-31', 'UTC').dates).toHaveLength(366);
    expect(() => summaryRange('2023-01-01', '2024-01-02', 'UTC')).toThrow(/at most 366/);
  });

  it.each([
    ['from after to', '2026-03-02', '2026-03-01', 'UTC', /after/],
    ['a day that does not exist', '2026-02-29', '2026-03-01', 'UTC', /calendar day/],
    ['a month that does not exist', '2026-01-01', '2026-13-01', 'UTC', /calendar day/],
    ['year zero', '0000-01-01', '0000-01-02', 'UTC', /calendar day/],
    ['an unknown zone', '2026-01-01', '2026-01-02', 'Mars/Olympus_Mons', /IANA/],
  ])('refuses %s with validation_failed', (_name, from, to, tz, message) => {
    let thrown: unknown;
    try {
      summaryRange(from, to, tz);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('validation_failed');
    expect((thrown as AppError).detail).toMatch(message);
  });

  it('each day is exactly the day GET /meal-logs?date=&tz= shows, DST days included (property)', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2037-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), fc.constantFrom(...ZONES), (start, span, tz) => {
        const from = iso(start.getTime()).slice(0, 10);
        const to = iso(Date.parse(from) + span * 86_400_000).slice(0, 10);
        const range = summaryRange(from, to, tz);
        expect(range.dates).toHaveLength(span + 1);
        range.dates.forEach((date, i) => {
          expect({
            fromInclusive: iso(range.startsMs[i] ?? 0),
            toExclusive: iso(range.startsMs[i + 1] ?? 0),
          }).toEqual(dayRange(date, tz));
        });
      }),
      { numRuns: 60 },
    );
  });
});
