import { ApiError, addItem, removeItem, replaceItem } from '@fitiq/client/node';
import type { MealItemEdit, MealLog, MealLogPatch, MealType } from '@fitiq/contract';
import { CliError, type ConnectOptions, connect } from './login.js';
import { formatMeal } from './today.js';

export type EditOptions = ConnectOptions & {
  item?: string;
  quantity?: string;
  unit?: string;
  grams?: string;
  food?: string;
  remove?: boolean;
  text?: string;
  mealType?: MealType;
  json?: boolean;
  timeout?: string;
};

const number = (name: string, value: string): number => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new CliError(`--${name} must be a number, not "${value}"`);
  return parsed;
};

/** The amount the options give (--grams, or --quantity with --unit), or null when they give none. */
const amountOf = (options: EditOptions, defaultUnit: string | null) => {
  if (options.grams !== undefined) {
    if (options.quantity !== undefined || options.unit !== undefined)
      throw new CliError('give either --grams or --quantity/--unit, not both');
    return { grams: number('grams', options.grams) };
  }
  if (options.quantity === undefined && options.unit === undefined) return null;
  const unit = options.unit ?? defaultUnit;
  if (!unit) throw new CliError('give --unit with --quantity (this item has no unit to keep)');
  return { quantity: options.quantity === undefined ? 1 : number('quantity', options.quantity), unit };
};

/** The item --item N names (counted from 1, as `fitiq today` lists them). */
const itemIndex = (meal: MealLog, item: string): number => {
  const index = Number(item) - 1;
  if (!Number.isInteger(index) || index < 0 || index >= meal.items.length)
    throw new CliError(`--item must be 1 to ${meal.items.length} for this meal, not "${item}"`);
  return index;
};

/**
 * The PATCH the options ask for, on the meal as it is now. `foodUnit`: the default unit of `--food`,
 * for an amount given without a unit (or none: one of it).
 */
export const patchOf = (
  meal: MealLog,
  options: EditOptions,
  foodUnit: string | null = null,
): MealLogPatch => {
  const patch: MealLogPatch = {};
  if (options.mealType) patch.meal_type = options.mealType;
  if (options.text !== undefined) {
    if (options.item || options.food || options.remove || options.quantity || options.grams || options.unit)
      throw new CliError('--text parses the meal again: it goes without item options');
    return { ...patch, raw_input: options.text };
  }
  if (options.item === undefined) {
    const amountGiven = [options.quantity, options.unit, options.grams].some((o) => o !== undefined);
    if (options.remove || (!options.food && amountGiven))
      throw new CliError('say which item: --item N (see `fitiq today`)');
    if (!options.food) {
      if (!patch.meal_type)
        throw new CliError('nothing to change: give --item N with a change, --food, --text or --meal-type');
      return patch;
    }
    // A food without --item is a new item: one of its default unit unless an amount is given.
    const amount = amountOf(options, foodUnit) ?? { quantity: 1, unit: foodUnit ?? '' };
    return { ...patch, ...addItem(meal, { food_id: options.food, ...amount }) };
  }
  const index = itemIndex(meal, options.item);
  if (options.remove) {
    if (meal.items.length === 1) throw new CliError('this is the meal’s only item: delete the meal instead');
    return { ...patch, ...removeItem(meal, index) };
  }
  const item = meal.items[index] as MealLog['items'][number];
  const food = options.food ?? item.food_id;
  if (!food) throw new CliError('this item is not a food of the table: give --food <id> (see `fitiq foods`)');
  const amount = amountOf(options, options.food ? foodUnit : item.unit);
  if (!amount && !options.food)
    throw new CliError('nothing to change: give --quantity/--unit, --grams, --food or --remove');
  const kept = options.food && options.food !== item.food_id ? {} : { id: item.id };
  const edit: MealItemEdit = { ...kept, food_id: food, ...(amount ?? { quantity: 1, unit: foodUnit ?? '' }) };
  return { ...patch, ...replaceItem(meal, index, edit) };
};

/**
 * `fitiq edit <meal>`: corrects a meal on the server with If-Match (the version just read), prints
 * the meal as the server answered. Exit 1 if the meal changed meanwhile, or a new text failed.
 */
export const editCommand = async (mealId: string, options: EditOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const meal = await client.api.mealLog(mealId);
    // A food named without a unit comes in its default one (and a food id that does not exist says so here).
    const foodUnit =
      options.food && options.grams === undefined && options.unit === undefined
        ? (await client.foods.get(options.food)).default_unit
        : null;
    const patch = patchOf(meal, options, foodUnit);
    let edited: MealLog;
    try {
      edited = await client.api.editMealLog(meal.id, patch, meal.version);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'precondition_failed') throw error;
      const current = error.problem.current;
      console.error('fitiq: the meal changed on another device meanwhile; nothing was changed. It is now:');
      if (current) console.error(formatMeal(current));
      process.exitCode = 1;
      return;
    }
    if (edited.status === 'processing') edited = await settledMeal(client, edited, options);
    console.log(options.json ? JSON.stringify(edited, null, 2) : formatMeal(edited));
    process.exitCode = edited.status === 'completed' ? 0 : 1;
  } finally {
    await client.close();
  }
};

type Client = Awaited<ReturnType<typeof connect>>;

/** A new text is parsed again: wait for the outcome on the stream, as `fitiq log` does. */
const settledMeal = async (client: Client, meal: MealLog, options: EditOptions): Promise<MealLog> => {
  const timeoutMs = Number(options.timeout ?? 60) * 1000;
  await client.start();
  await client.store.setDay(meal.logged_at.slice(0, 10), 'UTC');
  const done = await client.settled(meal.id, AbortSignal.timeout(timeoutMs)).catch(() => {
    throw new CliError(`no result within ${timeoutMs / 1000} s (the new text stays on the server)`, 3);
  });
  return done.meal ?? meal;
};
