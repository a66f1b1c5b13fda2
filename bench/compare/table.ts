import { BASELINES, LABEL, SYSTEMS, type System } from './shared.js';
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

/** FitIQ / a baseline; "x" reads as "FitIQ is this many times the baseline". */
const ratio = (row: Row, baseline: System) => {
  const fitiq = row.values.fitiq.median;
  const other = row.values[baseline].median;
  if (!Number.isFinite(fitiq) || !Number.isFinite(other)) return 'n/a';
  if (other === 0) return fitiq === 0 ? '=' : 'inf';
  return `${(fitiq / other).toFixed(2)}x`;
};

/** One markdown table: every system's figure, then FitIQ's ratio to each baseline. */
export const renderTable = (rows: Row[]): string => {
  const header = [
    'measure',
    ...SYSTEMS.map((s) => LABEL[s]),
    ...BASELINES.map((b) => `FitIQ / ${LABEL[b]}`),
    'goal',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`];
  for (const row of rows) {
    if (row.group) lines.push(`| **${row.group}** |${' |'.repeat(header.length - 1)}`);
    const cells = [
      row.label,
      ...SYSTEMS.map((s) => cell(row.values[s], row.percent)),
      ...BASELINES.map((b) => ratio(row, b)),
      row.goal,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
};
