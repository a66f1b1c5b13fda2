import type { ClassFigures, EvalReport, FoodFigures, Miss, Target } from './evaluate.js';
import type { Share } from './metrics.js';

const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const shareText = (s: Share): string => `${percent(s.rate)} (${s.count}/${s.total})`;
const NOT_REPORTED = 'not reported';

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function foodRow(name: string, f: FoodFigures): string[] {
  return [
    name,
    String(f.phrases),
    shareText(f.withinTolerance),
    shareText(f.carbsWithin),
    String(f.refused.count),
    String(f.implausible.count),
    f.items === null ? NOT_REPORTED : percent(f.items.precision),
    f.items === null ? NOT_REPORTED : percent(f.items.recall),
  ];
}

function classRow(c: ClassFigures): string[] {
  if (c.kind === 'food') return foodRow(c.class, c);
  return [c.class, String(c.phrases), `refused ${shareText(c.refused)}`, '', '', '', '', ''];
}

function targetValue(t: Target): string {
  if (t.note !== undefined) return t.note;
  if (t.value === null) return 'n/a';
  return t.goal.includes('%') ? percent(t.value) : String(t.value);
}

export function formatSummary(report: EvalReport): string {
  const { phrases } = report;
  const header = ['class', 'phrases', 'kcal within', 'carbs within 7.5 g', 'refused', 'implausible'];
  const classes = table([
    [...header, 'precision', 'recall'],
    ...report.classes.map(classRow),
    foodRow('all food', report.overall),
  ]);
  const targets = table([
    ['target', 'value', 'goal', ''],
    ...report.targets.map((t) => [t.name, targetValue(t), t.goal, t.met ? 'met' : 'MISSED']),
  ]);
  const records = report.recordsReported
    ? 'records: reported by parser, items matched by USDA record'
    : 'records: not reported by parser (item precision and recall wait for ParsedItem.record)';
  return [
    `phrases: ${phrases.total} (${phrases.food} food, ${phrases.nonFood} non-food)`,
    'kcal within: |got - expected| <= max(40 kcal, 20%); implausible: got > 3x expected and > 1,500 kcal',
    records,
    '',
    ...classes,
    '',
    ...targets,
  ].join('\n');
}

function formatMiss(miss: Miss): string {
  const off =
    miss.gotKcal === null || miss.expectedKcal === 0
      ? ''
      : ` (${miss.gotKcal >= miss.expectedKcal ? '+' : ''}${Math.round(((miss.gotKcal - miss.expectedKcal) / miss.expectedKcal) * 100)}%)`;
  const got =
    miss.gotKcal === null
      ? `refused (${miss.refusedWith})`
      : `${Math.round(miss.gotKcal)} kcal${off}, ${Math.round(miss.gotCarbs ?? 0)} g carbs`;
  const expected = `${Math.round(miss.expectedKcal)} kcal, ${Math.round(miss.expectedCarbs)} g carbs`;
  const parts = [`[${miss.class}] ${JSON.stringify(miss.text)}: expected ${expected}, got ${got}`];
  if (miss.implausible) parts.push('IMPLAUSIBLE');
  if (miss.missing.length > 0) parts.push(`missing ${miss.missing.join(', ')}`);
  if (miss.extra.length > 0) parts.push(`extra ${miss.extra.map((id) => id ?? '(no record)').join(', ')}`);
  if (miss.parsedNames.length > 0) parts.push(`parsed ${miss.parsedNames.join(' | ')}`);
  return `  ${parts.join('; ')}`;
}

export function formatMisses(misses: readonly Miss[]): string {
  if (misses.length === 0) return 'No misses.';
  const food = misses.filter((m) => m.class !== 'non_food');
  const nonFood = misses.filter((m) => m.class === 'non_food');
  const section = (title: string, list: readonly Miss[]) => [
    `${title} (${list.length}):`,
    ...(list.length > 0 ? list.map(formatMiss) : ['  none']),
  ];
  return [...section('Food phrases missed', food), ...section('Non-food phrases not refused', nonFood)].join(
    '\n',
  );
}
