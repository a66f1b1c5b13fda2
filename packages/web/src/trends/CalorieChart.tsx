import type { SummaryDay } from '@fitiq/contract';
import { useId } from 'react';
import { formatKcal } from '../meal/format.js';
import { niceMax } from '../ui/charts/scale.js';
import { formatShortDay } from './format-day.js';
import { daysOver } from './trend-range.js';

const W = 360;
const H = 180;
const PAD = { left: 40, right: 6, top: 12, bottom: 22 };

/**
 * Calories per day as bars against the goal (a dashed line): a day over it in the warning colour, a
 * day without meals as a faint mark on the axis, so "nothing logged" never reads as "ate nothing".
 */
export const CalorieChart = ({
  days,
  goal,
  average,
}: {
  days: readonly SummaryDay[];
  goal: number;
  average: number;
}) => {
  const titleId = useId();
  const descId = useId();
  const max = niceMax(Math.max(goal, ...days.map((d) => d.calories)) * 1.05);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(1.5, slot * (days.length > 40 ? 0.7 : 0.6));
  const y = (value: number) => PAD.top + (1 - value / max) * plotH;
  const first = days[0];
  const last = days[days.length - 1];
  const logged = days.filter((d) => d.meals > 0).length;
  const over = daysOver(days, goal);
  const description =
    logged === 0
      ? 'No meals logged in this range.'
      : `${logged} of ${days.length} days logged, averaging ${formatKcal(average)} against a goal of ${formatKcal(goal)}; ${over} ${over === 1 ? 'day' : 'days'} over the goal.`;

  return (
    <figure className="chart trend-chart">
      <figcaption className="chart-title">Calories against the goal</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="chart-svg"
      >
        <title id={titleId}>
          Calories per day
          {first && last ? `, ${formatShortDay(first.date)} to ${formatShortDay(last.date)}` : ''}
        </title>
        <desc id={descId}>{description} The table below lists every day.</desc>
        {[0, max / 2, max].map((tick) => (
          <g key={tick} className="chart-rule">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 3} textAnchor="end">
              {Math.round(tick).toLocaleString()}
            </text>
          </g>
        ))}
        {days.map((day, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          if (day.meals === 0)
            return <rect key={day.date} className="trend-none" x={x} y={y(0) - 2} width={barW} height={2} />;
          const top = y(day.calories);
          return (
            <rect
              key={day.date}
              className={day.calories > goal ? 'trend-bar over' : 'trend-bar'}
              x={x}
              y={top}
              width={barW}
              height={Math.max(1, y(0) - top)}
              rx={barW > 6 ? 2 : 0}
            />
          );
        })}
        <line className="trend-goal" x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} />
        {first && (
          <text className="chart-axis" x={PAD.left} y={H - 6}>
            {formatShortDay(first.date)}
          </text>
        )}
        {last && days.length > 1 && (
          <text className="chart-axis" x={W - PAD.right} y={H - 6} textAnchor="end">
            {formatShortDay(last.date)}
          </text>
        )}
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="swatch trend-swatch" aria-hidden="true" />
          Calories
        </li>
        <li>
          <span className="swatch trend-swatch over" aria-hidden="true" />
          Over the goal
        </li>
        <li>
          <span className="trend-goal-key" aria-hidden="true" />
          Goal <strong>{formatKcal(goal)}</strong>
        </li>
      </ul>
    </figure>
  );
};
