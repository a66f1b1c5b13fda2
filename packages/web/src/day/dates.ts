/** Calendar arithmetic on YYYY-MM-DD days, free of time zones (noon UTC never crosses a date line). */

export const addDays = (date: string, days: number): string => {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

export const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));

/**
 * The instant a meal logged on `date` at `time` (HH:MM, browser-local) happened. Without a time: now,
 * when `date` is today, otherwise the current clock time on that day.
 */
export const loggedAtFor = (date: string, time: string, now = new Date()): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time
    ? (time.split(':').map(Number) as [number, number])
    : [now.getHours(), now.getMinutes()];
  const at = new Date(y, m - 1, d, hh, mm, time ? 0 : now.getSeconds(), time ? 0 : now.getMilliseconds());
  return at;
};
