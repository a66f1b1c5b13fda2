import { SUMMARY_RANGE_MAX_DAYS } from '@fitiq/contract';
import { CliError } from '../commands/login.js';

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day `days` after `date` (before, when negative); both YYYY-MM-DD. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** `--days` as a count of days the summary can cover (1 to SUMMARY_RANGE_MAX_DAYS). */
export const parseDays = (value: string): number => {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > SUMMARY_RANGE_MAX_DAYS)
    throw new CliError(`--days must be a whole number from 1 to ${SUMMARY_RANGE_MAX_DAYS}, not "${value}"`);
  return days;
};

/** A day given on the command line, checked to be a real YYYY-MM-DD day. */
export const parseDay = (option: string, value: string): string => {
  if (!DAY.test(value) || addDays(value, 0) !== value)
    throw new CliError(`--${option} must be a day as YYYY-MM-DD, not "${value}"`);
  return value;
};

/** The `days` days ending with `to`, both ends counted: the last 30 days are today and the 29 before. */
export const lastDays = (to: string, days: number): { from: string; to: string } => ({
  from: addDays(to, -(days - 1)),
  to,
});
