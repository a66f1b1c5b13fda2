import type { Summary, SummaryDay } from '@fitiq/contract';
import { formatNumber, formatTable } from './format.js';

const weekday = (date: string): string =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const percentOf = (value: number, goal: number | null): string =>
  goal === null ? '' : `${Math.round((value * 100) / goal)}%`;

const macros = (n: Pick<SummaryDay, 'protein_g' | 'carbs_g' | 'fat_g'>) => [
  formatNumber(n.protein_g),
  formatNumber(n.carbs_g),
  formatNumber(n.fat_g),
];

/**
 * `fitiq trends` as a person reads it: a row per day (a day without meals shows dashes, not zeros that
 * look like a fast), then the averages over the days logged and the goals, and how many days had meals.
 * The "of goal" column is there when a calorie goal is set.
 */
export const formatTrends = (summary: Summary, tz: string): string => {
  const { days, averages, goals } = summary;
  const withGoal = goals.calories !== null;
  const goalColumn = (cells: string) => (withGoal ? [cells] : []);
  const header = ['date', '', 'meals', 'kcal', ...goalColumn('of goal'), 'protein g', 'carbs g', 'fat g'];
  const dayRows = days.map((day) =>
    day.meals === 0
      ? [day.date, weekday(day.date), '0', '-', ...goalColumn('-'), '-', '-', '-']
      : [
          day.date,
          weekday(day.date),
          `${day.meals}`,
          formatNumber(day.calories),
          ...goalColumn(percentOf(day.calories, goals.calories)),
          ...macros(day),
        ],
  );
  const averageRow =
    averages.days_logged === 0
      ? ['average', '', '', '-', ...goalColumn('-'), '-', '-', '-']
      : [
          'average',
          '',
          '',
          formatNumber(averages.calories),
          ...goalColumn(percentOf(averages.calories, goals.calories)),
          ...macros(averages),
        ];
  const goal = (value: number | null) => (value === null ? '-' : formatNumber(value));
  const goalRow = [
    'goal',
    '',
    '',
    goal(goals.calories),
    ...goalColumn(''),
    goal(goals.protein_g),
    goal(goals.carbs_g),
    goal(goals.fat_g),
  ];
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  return [
    `${first} to ${last} (${tz}): ${averages.days_logged} of ${days.length} days logged`,
    formatTable([header, ...dayRows, averageRow, goalRow], 2),
    averages.days_logged === 0
      ? 'No meals in these days yet.'
      : `Averages are over the ${averages.days_logged} day${averages.days_logged === 1 ? '' : 's'} with meals.`,
  ].join('\n');
};
