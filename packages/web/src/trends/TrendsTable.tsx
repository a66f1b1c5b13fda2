import type { SummaryDay } from '@fitiq/contract';
import { formatGrams } from '../meal/format.js';
import { formatShortDay } from './format-day.js';

/** Every day of the range as a table: the chart's figures for people who cannot see it, or want them. */
export const TrendsTable = ({ days }: { days: readonly SummaryDay[] }) => (
  <details className="trend-table">
    <summary>Every day as a table</summary>
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Calories, macronutrients and meals per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">kcal</th>
            <th scope="col">Protein</th>
            <th scope="col">Carbs</th>
            <th scope="col">Fat</th>
            <th scope="col">Meals</th>
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((day) => (
            <tr key={day.date} data-date={day.date} className={day.meals === 0 ? 'muted' : undefined}>
              <th scope="row">
                <time dateTime={day.date}>{formatShortDay(day.date)}</time>
              </th>
              <td data-testid="day-kcal">{Math.round(day.calories).toLocaleString()}</td>
              <td>{formatGrams(day.protein_g)}</td>
              <td>{formatGrams(day.carbs_g)}</td>
              <td>{formatGrams(day.fat_g)}</td>
              <td>{day.meals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </details>
);
