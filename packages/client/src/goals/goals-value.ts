import type { Goals } from '@fitiq/contract';
import { InvalidInputError } from '../api/errors.js';

export const NO_GOALS: Goals = Object.freeze({ calories: null, protein_g: null, carbs_g: null, fat_g: null });

const KEYS = ['calories', 'protein_g', 'carbs_g', 'fat_g'] as const;

const isGoal = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0);

/** Whether `value` has the contract's goals shape (what a `goals.updated` event must carry). */
export const isGoals = (value: unknown): value is Goals =>
  typeof value === 'object' &&
  value !== null &&
  KEYS.every((key) => isGoal((value as Record<string, unknown>)[key]));

/**
 * The goals after a change of some of them, refused here if the server would refuse them anyway:
 * each a positive number, or null for "no goal".
 */
export const changedGoals = (current: Goals, change: Partial<Goals>): Goals => {
  const next = { ...current };
  for (const key of KEYS) {
    const value = change[key];
    if (value === undefined) continue;
    if (!isGoal(value)) throw new InvalidInputError(`${key} must be a positive number, or null for no goal`);
    next[key] = value;
  }
  return next;
};

export const sameGoals = (a: Goals | null, b: Goals | null): boolean =>
  a === b || (a !== null && b !== null && KEYS.every((key) => a[key] === b[key]));
