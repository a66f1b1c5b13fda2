import type { Goals } from '@fitiq/contract';
import { CliError } from '../commands/login.js';
import { formatNumber } from './format.js';

export type GoalsOptions = {
  calories?: string;
  protein?: string;
  carbs?: string;
  fat?: string;
  clear?: boolean;
};

/** Each goal: its option, its field in the contract, and its unit. */
const GOALS = [
  { option: 'calories', field: 'calories', unit: 'kcal' },
  { option: 'protein', field: 'protein_g', unit: 'g' },
  { option: 'carbs', field: 'carbs_g', unit: 'g' },
  { option: 'fat', field: 'fat_g', unit: 'g' },
] as const;

// Words that take one goal away, for a person who wants to stop tracking one macro.
const NO_GOAL = new Set(['none', 'off', 'clear']);

const goalValue = (option: string, value: string): number | null => {
  if (NO_GOAL.has(value.trim().toLowerCase())) return null;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed <= 0)
    throw new CliError(`--${option} must be a positive number, or "none" to clear it; not "${value}"`);
  return parsed;
};

/**
 * The goals to PUT, from the ones stored now and the options: the goals named change, the others
 * stay (the route replaces all four). `--clear` clears all, before the named ones are set. Null when
 * the options ask for no change (the goals are only shown).
 */
export const changedGoals = (current: Goals, options: GoalsOptions): Goals | null => {
  const named = GOALS.filter((goal) => options[goal.option] !== undefined);
  if (named.length === 0 && !options.clear) return null;
  const next: Goals = options.clear
    ? { calories: null, protein_g: null, carbs_g: null, fat_g: null }
    : { ...current };
  for (const goal of named) next[goal.field] = goalValue(goal.option, options[goal.option] as string);
  return next;
};

const goalText = (goals: Goals, { field, unit }: (typeof GOALS)[number]): string => {
  const value = goals[field];
  return value === null ? 'not set' : `${formatNumber(value)} ${unit}`;
};

/** One line per goal: "calories  2000 kcal", or "not set". */
export const formatGoals = (goals: Goals): string =>
  GOALS.map((goal) => `${goal.option.padEnd(9)} ${goalText(goals, goal)}`).join('\n');

/** The goals on one line, as `fitiq watch` shows a change: "calories 2000 kcal, protein not set, ...". */
export const formatGoalsInline = (goals: Goals): string =>
  GOALS.map((goal) => `${goal.option} ${goalText(goals, goal)}`).join(', ');
