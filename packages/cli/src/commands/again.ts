import { randomUUID } from 'node:crypto';
import { type MealType, RECENT_MEALS_LIMIT_DEFAULT, RECENT_MEALS_LIMIT_MAX } from '@fitiq/contract';
import { localDateTime, machineTimeZone } from '../habits/format.js';
import { parseMealChoice, pickRecent } from '../habits/meal-choice.js';
import { PromptCancelledError, processTerminal, type Terminal } from '../prompts/terminal.js';
import { CliError, type ConnectOptions, connect } from './login.js';
import { formatRecent } from './recent.js';
import { formatMeal } from './today.js';

export type AgainOptions = ConnectOptions & { at?: string; mealType?: MealType; json?: boolean };

/** `--at`: a moment in any form Date reads (an RFC 3339 time; without a zone, this machine's time). */
const loggedAt = (at: string): string => {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime()))
    throw new CliError(`--at must be a date and time such as 2026-03-01T08:30, not "${at}"`);
  return moment.toISOString();
};

type Client = Awaited<ReturnType<typeof connect>>;

/** The id of the meal to copy: given, or found in the recent meals by its number or its words. */
const mealToCopy = async (client: Client, given: string): Promise<string> => {
  const choice = parseMealChoice(given);
  if (choice.kind === 'id') return choice.id;
  // The same list `fitiq recent` shows by default, or as far as the number reaches.
  const limit =
    choice.kind === 'number' ? Math.max(choice.number, RECENT_MEALS_LIMIT_DEFAULT) : RECENT_MEALS_LIMIT_MAX;
  return pickRecent(choice, await client.recent({ limit })).id;
};

/** No meal named: in a terminal, the recent meals are listed and one is asked for; else an error. */
const askedMeal = async (client: Client, terminal: Terminal): Promise<string> => {
  if (!terminal.interactive)
    throw new CliError(
      'say which meal: its number in `fitiq recent`, words of its text, or its id (`fitiq today` shows it)',
    );
  const recent = await client.recent({ limit: RECENT_MEALS_LIMIT_DEFAULT });
  if (recent.length === 0)
    throw new CliError('there are no recent meals yet: log one with `fitiq log "..."`');
  const tz = machineTimeZone();
  for (const [i, meal] of recent.entries()) terminal.output.write(`${formatRecent(meal, i + 1, tz)}\n`);
  const pick = (answer: string) => {
    const choice = parseMealChoice(answer);
    return choice.kind === 'id' ? choice.id : pickRecent(choice, recent).id;
  };
  try {
    const { askMeal } = await import('../prompts/ask-meal.js');
    return await askMeal(terminal, pick);
  } catch (error) {
    if (error instanceof PromptCancelledError) throw new CliError('cancelled: nothing logged', 130);
    throw error;
  }
};

/**
 * `fitiq again [meal]`: logs a completed meal again, now (or `--at`), with the same text and items,
 * completed at once without parsing; without a meal named, a terminal is asked which. The copy goes
 * with an Idempotency-Key: sent again after a token refresh, it still makes one meal.
 */
export const againCommand = async (
  given: string | undefined,
  options: AgainOptions,
  terminal: Terminal = processTerminal(),
): Promise<void> => {
  // Checked before anything is asked or sent.
  const body = {
    ...(options.at ? { logged_at: loggedAt(options.at) } : {}),
    ...(options.mealType ? { meal_type: options.mealType } : {}),
  };
  const client = await connect(options);
  try {
    const id = given === undefined ? await askedMeal(client, terminal) : await mealToCopy(client, given);
    const { meal } = await client.api.copyMealLog(id, body, randomUUID());
    if (options.json) {
      console.log(JSON.stringify(meal, null, 2));
      return;
    }
    console.error(`fitiq: logged again at ${localDateTime(meal.logged_at, machineTimeZone())}`);
    console.log(formatMeal(meal));
  } finally {
    await client.close();
  }
};
