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

/** Offset of the formatter's zone from UTC at `instant`, in ms (positive east of Greenwich). */
const offsetAt = (formatter: Intl.DateTimeFormat, instant: number): number => {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) fields[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
};

/**
 * The UTC instant at which local wall-clock time `localMs` (read as if UTC) happens in the zone. Two
 * passes, as GET /meal-logs?date does it, so a summary's day is exactly that day, DST days included.
 */
export const localToUtc = (formatter: Intl.DateTimeFormat, localMs: number): number => {
  const first = localMs - offsetAt(formatter, localMs);
  return localMs - offsetAt(formatter, first);
};
