import { type RawBuilder, sql } from 'kysely';

/** Day `day` of a list runs from `starts_at` (inclusive) to `ends_at` (exclusive), RFC 3339 in UTC. */
export type DayBounds = { day: number; starts_at: string; ends_at: string };

/**
 * A list of days as a table, from one statement parameter (`dayBoundsParameter`): a text[] of the
 * starts where arrays bind (PostgreSQL), JSON text of [start, end] pairs where they do not (SQLite,
 * whose JSON functions would find each next start by walking the array from its beginning). SQLite's
 * rows come ordered by day, so grouping a join by day sorts 366 days, not every joined row. On
 * PostgreSQL the last start, the range's end, makes a day that ends nowhere and joins nothing.
 */
export const dayBoundsTable = (arrayParameters: boolean, days: unknown): RawBuilder<DayBounds> =>
  arrayParameters
    ? sql`(select cast(t.n as integer) - 1 as day, t.starts_at, lead(t.starts_at) over (order by t.n) as ends_at
        from unnest(cast(${days} as text[])) with ordinality as t(starts_at, n))`
    : sql`(select key as day, value ->> 0 as starts_at, value ->> 1 as ends_at
        from json_each(${days}) order by key)`;

/**
 * JSON pairs made, by the list of starts they were made from: the summary passes the same list for
 * the same range (summary-range.ts keeps them), and a year's pairs are 20 KB of text to build.
 */
const jsonPairs = new WeakMap<readonly string[], string>();

/** What `dayBoundsTable` reads, from every day's start followed by the end of the last day. */
export const dayBoundsParameter = (arrayParameters: boolean, dayStarts: readonly string[]): unknown => {
  if (arrayParameters) return dayStarts;
  let json = jsonPairs.get(dayStarts);
  if (json === undefined) {
    const pairs: Array<[string | undefined, string | undefined]> = [];
    for (let day = 0; day + 1 < dayStarts.length; day++) pairs.push([dayStarts[day], dayStarts[day + 1]]);
    json = JSON.stringify(pairs);
    jsonPairs.set(dayStarts, json);
  }
  return json;
};
