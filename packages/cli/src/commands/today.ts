import { type MealEntry, today } from '@fitiq/client';
import type { MealItem, MealLog, Nutrients } from '@fitiq/contract';
import { type ConnectOptions, connect } from './login.js';

const n = (value: number) => (Number.isInteger(value) ? `${value}` : value.toFixed(1));

export const formatTotals = (t: Nutrients): string =>
  `${n(t.calories)} kcal  protein ${n(t.protein_g)} g  carbs ${n(t.carbs_g)} g  fat ${n(t.fat_g)} g`;

/** What the parser supplied rather than read, so the person knows what to check (and correct). */
const assumedNote = (item: MealItem): string => {
  if (item.source === 'memory') return '  [your usual portion]';
  if (item.source !== 'parser' || item.assumed.length === 0) return '';
  return `  [assumed: ${item.assumed.join(', ')}]`;
};

export const formatMeal = (meal: MealLog | MealEntry): string => {
  const id = meal.id ? `  (${meal.id})` : '';
  const lines = [`${meal.status.padEnd(10)} ${meal.raw_input}${id}`];
  meal.items.forEach((item, i) => {
    lines.push(
      `  ${i + 1}. ${n(item.quantity)} ${item.unit} ${item.name} (${n(item.grams)} g): ${n(item.calories)} kcal, ` +
        `P ${n(item.protein_g)} g, C ${n(item.carbs_g)} g, F ${n(item.fat_g)} g${assumedNote(item)}`,
    );
  });
  if (meal.totals) lines.push(`  total: ${formatTotals(meal.totals)}`);
  if (meal.error) lines.push(`  error: ${meal.error.message} (${meal.error.code})`);
  return lines.join('\n');
};

export type TodayOptions = ConnectOptions & { date?: string; tz?: string; json?: boolean };

/** `fitiq today`: the day's meals and totals (the day and zone of this machine unless told). */
export const todayCommand = async (options: TodayOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const tz = options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const date = options.date ?? today(tz);
    const day = await client.api.day(date, tz);
    if (options.json) {
      console.log(JSON.stringify(day, null, 2));
      return;
    }
    console.log(`${date} (${tz}): ${day.meal_logs.length} meal${day.meal_logs.length === 1 ? '' : 's'}`);
    for (const meal of day.meal_logs) console.log(formatMeal(meal));
    console.log(`total: ${formatTotals(day.totals)}`);
  } finally {
    await client.close();
  }
};
