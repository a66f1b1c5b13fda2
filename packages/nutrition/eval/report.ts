import type { EvalReport, Miss, Target } from './evaluate.js';
import type { Share } from './metrics.js';

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const share = (s: Share): string => `${percent(s.rate)} (${s.count}/${s.total})`;

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => cell.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => row(r, widths));
}

function verdict(targets: readonly Target[], name: string): string[] {
  const t = targets.find((candidate) => candidate.name === name);
  return t ? [t.goal, t.met ? 'met' : 'MISSED'] : ['', ''];
}

export function formatSummary(report: EvalReport): string {
  const { phrases, items, targets } = report;
  const lines = table([
    ['metric', 'value', 'target', ''],
    ['phrases', `${phrases.total} (${phrases.food} food, ${phrases.nonFood} non-food)`, '', ''],
    ['item precision', `${percent(items.precision)} (${items.matched}/${items.parsed} parsed)`, '', ''],
    ['item recall', `${percent(items.recall)} (${items.matched}/${items.expected} expected)`, '', ''],
    ['kcal within tolerance', share(report.withinTolerance), ...verdict(targets, 'kcal within tolerance')],
    ['median APE', percent(report.medianApe), ...verdict(targets, 'median APE')],
    ['non-food refused', share(report.nonFoodRefused), ...verdict(targets, 'non-food refused')],
    ['food phrases refused', share(report.foodRefused), ...verdict(targets, 'food phrases refused')],
  ]);
  return lines.join('\n');
}

function formatMiss(miss: Miss): string {
  const off =
    miss.gotKcal === null || miss.expectedKcal === 0
      ? ''
      : ` (${miss.gotKcal >= miss.expectedKcal ? '+' : ''}${Math.round(((miss.gotKcal - miss.expectedKcal) / miss.expectedKcal) * 100)}%)`;
  const got =
    miss.gotKcal === null ? `refused (${miss.refusedWith})` : `${Math.round(miss.gotKcal)} kcal${off}`;
  const parts = [`${JSON.stringify(miss.text)}: expected ${miss.expectedKcal} kcal, got ${got}`];
  if (miss.missing.length > 0) parts.push(`missing ${miss.missing.join(', ')}`);
  if (miss.extra.length > 0)
    parts.push(`extra ${miss.extra.map((id) => id ?? '(not in database)').join(', ')}`);
  return `  ${parts.join('; ')}`;
}

export function formatMisses(misses: readonly Miss[]): string {
  if (misses.length === 0) return 'No misses.';
  const food = misses.filter((m) => !m.nonFood);
  const nonFood = misses.filter((m) => m.nonFood);
  const section = (title: string, list: readonly Miss[]) => [
    `${title} (${list.length}):`,
    ...(list.length > 0 ? list.map(formatMiss) : ['  none']),
  ];
  return [...section('Food phrases missed', food), ...section('Non-food phrases not refused', nonFood)].join(
    '\n',
  );
}
