/** Numbers as the CLI prints them: whole when whole, else one decimal. */
export const formatNumber = (value: number): string =>
  Number.isInteger(value) ? `${value}` : value.toFixed(1);

/** A moment as a local "YYYY-MM-DD HH:MM" in `tz` (Sweden's locale writes dates the ISO way). */
export const localDateTime = (iso: string, tz: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/** This machine's time zone, the default of every command that shows days. */
export const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Rows as aligned columns, two spaces apart: the first `textColumns` columns to the left, the
 * numbers after them to the right, so that digits line up.
 */
export const formatTable = (rows: readonly (readonly string[])[], textColumns = 1): string => {
  const widths: number[] = [];
  for (const row of rows)
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};
