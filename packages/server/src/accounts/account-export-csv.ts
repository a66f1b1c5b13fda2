import { EXPORT_CSV_COLUMNS, type ExportCsvColumn, type MealItem, type MealLog } from '@fitiq/contract';
import { stringify } from 'csv-stringify/sync';

type CsvRow = Record<ExportCsvColumn, string | number>;

const mealColumns = (meal: MealLog) => ({
  meal_log_id: meal.id,
  logged_at: meal.logged_at,
  meal_type: meal.meal_type ?? '',
  status: meal.status,
  raw_input: meal.raw_input,
});

const itemColumns = (item: MealItem) => ({
  item_id: item.id,
  food_id: item.food_id ?? '',
  item_name: item.name,
  quantity: item.quantity,
  unit: item.unit,
  grams: item.grams,
  calories: item.calories,
  protein_g: item.protein_g,
  carbs_g: item.carbs_g,
  fat_g: item.fat_g,
  source: item.source,
});

const NO_ITEM = {
  item_id: '',
  food_id: '',
  item_name: '',
  quantity: '',
  unit: '',
  grams: '',
  calories: '',
  protein_g: '',
  carbs_g: '',
  fat_g: '',
  source: '',
};

/**
 * The meals as a spreadsheet opens them: one row per item with its meal's columns, and one row with
 * empty item columns for a meal that has no items (processing or failed), so every meal is there.
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line break.
 */
export const mealLogsCsv = (meals: readonly MealLog[]): string => {
  const rows = meals.flatMap<CsvRow>((meal) =>
    meal.items.length === 0
      ? [{ ...mealColumns(meal), ...NO_ITEM }]
      : meal.items.map((item) => ({ ...mealColumns(meal), ...itemColumns(item) })),
  );
  return stringify(rows, { header: true, columns: [...EXPORT_CSV_COLUMNS], record_delimiter: 'windows' });
};
