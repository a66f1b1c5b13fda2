import { SUMMARY_RANGE_MAX_DAYS } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';
import { localToUtc, zoneFormatter } from './zone-clock.js';

const DAY_MS = 86_400_000;

/**
 * Every local date of a summary and where each begins: `startsMs[i]` is date i's local midnight in
 * UTC. Shared by every summary of the same range (see `ranges`), so never changed once made.
 */
export type SummaryRange = {
  readonly dates: readonly string[];
  /** One more than `dates`: the last is the midnight that ends the range. */
  readonly startsMs: readonly number[];
  /** The same instants as stored timestamps are written (RFC 3339, UTC, milliseconds). */
  readonly startsAt: readonly string[];
};

const invalid = (path: string, detail: string, message: string) =>
  new AppError('validation_failed', detail, [{ path: `/querystring/${path}`, message }]);

/** The calendar day as ms at its UTC midnight; refused when it is no real day (2026-02-30). */
const calendarDay = (text: string, path: 'from' | 'to'): number => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    year < 1 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    throw invalid(path, `${path} "${text}" is not a calendar day`, 'must be a real calendar day, YYYY-MM-DD');
  return ms;
};

/** `count` local dates from the one whose midnight, read as UTC, is `first`, with their bounds in `tz`. */
const localDays = (
  tz: string,
  formatter: Intl.DateTimeFormat,
  first: number,
  count: number,
): SummaryRange => {
  const dates: string[] = [];
  const startsMs: number[] = [];
  const startsAt: string[] = [];
  for (let i = 0; i <= count; i++) {
    const localMidnight = first + i * DAY_MS;
    if (i < count) dates.push(new Date(localMidnight).toISOString().slice(0, 10));
    const start = localToUtc(tz, formatter, localMidnight);
    startsMs.push(start);
    startsAt.push(new Date(start).toISOString());
  }
  return { dates, startsMs, startsAt };
};

/**
 * Ranges made, by first date, length and zone. A zone's rules are fixed for the life of the process
 * and the trends screens ask for the same ranges again and again (this week, this month, this year):
 * a year's dates and bounds are 733 timestamps to format, 0.2 to 0.4 ms each time.
 */
const ranges = new Map<string, SummaryRange>();
const RANGES_KEPT = 100;

/**
 * The local days from `from` to `to` (both included) in `tz`, each with its UTC start. A day is as
 * long as the zone makes it: 23 or 25 hours on a DST change.
 */
export const summaryRange = (from: string, to: string, tz: string): SummaryRange => {
  const first = calendarDay(from, 'from');
  const last = calendarDay(to, 'to');
  const formatter = zoneFormatter(tz);
  if (!formatter)
    throw invalid(
      'tz',
      `tz "${tz}" is not an IANA time zone`,
      'must be an IANA time zone such as Europe/Paris',
    );
  if (first > last) throw invalid('from', `from (${from}) is after to (${to})`, 'must not be after to');
  const count = (last - first) / DAY_MS + 1;
  if (count > SUMMARY_RANGE_MAX_DAYS)
    throw invalid(
      'to',
      `The range holds ${count} days; a summary covers at most ${SUMMARY_RANGE_MAX_DAYS}`,
      `must be at most ${SUMMARY_RANGE_MAX_DAYS - 1} days after from`,
    );
  const key = `${first} ${count} ${tz}`;
  const kept = ranges.get(key);
  if (kept) return kept;
  const range = localDays(tz, formatter, first, count);
  if (ranges.size >= RANGES_KEPT) ranges.clear();
  ranges.set(key, range);
  return range;
};
