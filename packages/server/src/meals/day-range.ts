import { AppError } from '../errors/app-error.js';
import type { DayRange } from '../storage/storage.js';

const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Offset of `tz` from UTC at `instant`, in ms (positive east of Greenwich). */
const offsetAt = (instant: number, tz: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/** The UTC instant at which the local wall-clock time `localMs` (as if UTC) happens in `tz`. */
const localToUtc = (localMs: number, tz: string): number => {
  // Two passes settle the offset even when the day starts right after a DST change.
  let utc = localMs - offsetAt(localMs, tz);
  utc = localMs - offsetAt(utc, tz);
  return utc;
};

/** The UTC range [start, end) of calendar day `date` (YYYY-MM-DD) in time zone `tz`. */
export const dayRange = (date: string, tz: string): DayRange => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const localMidnight = Date.UTC(year, month - 1, day);
  const check = new Date(localMidnight);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new AppError('validation_failed', `date "${date}" is not a calendar day`, [
      { path: '/date', message: 'must be a real calendar day, YYYY-MM-DD' },
    ]);
  }
  if (!isValidTimeZone(tz)) {
    throw new AppError('validation_failed', `tz "${tz}" is not an IANA time zone`, [
      { path: '/tz', message: 'must be an IANA time zone such as Europe/Paris' },
    ]);
  }
  const nextLocalMidnight = Date.UTC(year, month - 1, day + 1);
  return {
    fromInclusive: new Date(localToUtc(localMidnight, tz)).toISOString(),
    toExclusive: new Date(localToUtc(nextLocalMidnight, tz)).toISOString(),
  };
};
