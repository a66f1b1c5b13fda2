import type { System } from './shared.js';
import type { Spread } from './stats.js';

export type Row = {
  group: string;
  label: string;
  lowerIsBetter: boolean;
  goal: string;
  percent?: boolean;
  values: Record<System, Spread>;
};

const num = (n: number, percent = false) => {
  if (!Number.isFinite(n)) return 'n/a';
  if (percent) return `${(n * 100).toFixed(0)}%`;
  return n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });
};

const cell = (s: Spread, percent?: boolean) =>
  s.runs > 1
    ? `${num(s.median, percent)} [${num(s.min, percent)}..${num(s.max, percent)}]`
    : num(s.median, percent);

/** FitIQ / baseline; "x" reads as "FitIQ is this many times the baseline". */
const ratio = (row: Row) => {
  const { fitiq, socketio } = row.values;
  if (!Number.isFinite(fitiq.median) || !Number.isFinite(socketio.median)) return 'n/a';
  if (socketio.median === 0) return fitiq.median === 0 ? '=' : 'inf';
  return `${(fitiq.median / socketio.median).toFixed(2)}x`;
};

/** One markdown table, every row with both figures and the ratio. */
export const renderTable = (rows: Row[]): string => {
  const lines = [
    '| measure | FitIQ | Socket.IO 4.8 | FitIQ / Socket.IO | goal |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    if (row.group) lines.push(`| **${row.group}** | | | | |`);
    lines.push(
      `| ${row.label} | ${cell(row.values.fitiq, row.percent)} | ${cell(row.values.socketio, row.percent)} | ${ratio(row)} | ${row.goal} |`,
    );
  }
  return lines.join('\n');
};
