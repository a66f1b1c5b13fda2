/**
 * A time zone's offset from UTC at any instant, with one formatter per zone kept: building an
 * Intl.DateTimeFormat costs far more than using one, and a year's summary asks 700 times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Zone names are case-insensitive, so spellings are many: the cache starts over past this. */
const FORMATTERS_KEPT = 1000;

/** The zone's formatter, or null when `tz` is not an IANA time zone. */
export const zoneFormatter = (tz: string): Intl.DateTimeFormat | null => {
  const kept = formatters.get(tz);
  if (kept) return kept;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  if (formatters.size >= FORMATTERS_KEPT) formatters.clear();
  formatters.set(tz, formatter);
  return formatter;
};

/** Date.UTC, except that years 0 to 99 stay themselves rather than becoming 1900 to 1999. */
const utcMs = (year: number, month: number, day: number, hour: number, minute: number, second: number) => {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
};

/** en-US with hourCycle h23 and numeric fields formats as "12/31/2024, 23:05:09". */
const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The same fields from formatToParts, for an ICU that lays the formatted string out otherwise. */
const partsAt = (formatter: Intl.DateTimeFormat, instant: number): number[] => {
  const parts = formatter.formatToParts(instant);
  return ['month', 'day', 'year', 'hour', 'minute', 'second'].map((type) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0),
  );
};

/**
 * Offset of the formatter's zone from UTC at `instant`, in ms (positive east of Greenwich). Reads
 * the formatted string, not formatToParts: the same fields at less than half the cost.
 */
const offsetAt = (formatter: Intl.DateTimeFormat, instant: number): number => {
  const wall = WALL_CLOCK.exec(formatter.format(instant));
  const [month, day, year, hour, minute, second] = wall
    ? wall.slice(1).map(Number)
    : partsAt(formatter, instant);
  const asUtc = utcMs(year ?? 0, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/**
 * Where each local midnight falls, by zone. A zone's rules are fixed for the life of the process (its
 * ICU data), so an answer never goes stale, and the trends screens ask for the same days again and
 * again: a year's 367 midnights cost 734 formatted dates, 10 to 15 ms on a busy 2-core machine.
 */
const midnights = new Map<string, number>();
const MIDNIGHTS_KEPT = 100_000;

/**
 * The UTC instant at which local wall-clock time `localMs` (read as if UTC) happens in zone `tz`. Two
 * passes, as GET /meal-logs?date does it, so a summary's day is exactly that day, DST days included.
 */
export const localToUtc = (tz: string, formatter: Intl.DateTimeFormat, localMs: number): number => {
  const key = `${tz} ${localMs}`;
  const known = midnights.get(key);
  if (known !== undefined) return known;
  const first = localMs - offsetAt(formatter, localMs);
  const utc = localMs - offsetAt(formatter, first);
  if (midnights.size >= MIDNIGHTS_KEPT) midnights.clear();
  midnights.set(key, utc);
  return utc;
};
