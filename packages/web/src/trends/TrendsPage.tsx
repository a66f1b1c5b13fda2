import { useState } from 'react';
import { browserTimeZone, useToday } from '../app/use-today.js';
import { dailyTargets } from '../goals/targets.js';
import { useGoals } from '../goals/use-goals.js';
import { formatGrams, formatKcal } from '../meal/format.js';
import { ShareBar } from '../ui/charts/ShareBar.js';
import { StatTile } from '../ui/StatTile.js';
import { CalorieChart } from './CalorieChart.js';
import { formatLoadedAt } from './format-day.js';
import { TrendsTable } from './TrendsTable.js';
import { macroCalories, TREND_SPANS, type TrendSpan } from './trend-range.js';
import { useTrends } from './use-trends.js';

/**
 * Weeks at a glance: calories per day against the goal, the macro split, averages over the days
 * logged, for the last 7, 30 or 90 days. Offline, the figures last loaded on this device, dated.
 */
export const TrendsPage = () => {
  const today = useToday();
  const [span, setSpan] = useState<TrendSpan>(30);
  const { loaded, status, error } = useTrends(span, today, browserTimeZone());
  const goals = useGoals();
  const summary = loaded?.summary;
  // The goals as every device has them now; the summary's own until the store has heard of them.
  const targets = dailyTargets(goals.goals ?? summary?.goals ?? null);
  const averages = summary?.averages;
  const split = averages ? macroCalories(averages) : null;

  return (
    <main className="page trends-page" id="main">
      <div className="page-head">
        <h1>Trends</h1>
        <p className="muted">Averages are over the days you logged at least one meal.</p>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">Range</legend>
        {TREND_SPANS.map((days) => (
          <button
            key={days}
            type="button"
            className="segment"
            aria-pressed={span === days}
            onClick={() => setSpan(days)}
          >
            {days} days
          </button>
        ))}
      </fieldset>
      {status === 'stale' && loaded && (
        <div className="banner warn" role="status" data-testid="trends-stale">
          Showing the figures loaded {formatLoadedAt(loaded.loaded_at)}: the latest could not be loaded.{' '}
          {error}
        </div>
      )}
      {status === 'stale' && !loaded && (
        <div className="banner warn" role="alert">
          Trends could not be loaded. {error}
        </div>
      )}
      {!loaded && status === 'loading' && (
        <p className="empty" aria-busy="true">
          Loading your trends…
        </p>
      )}
      {summary && averages && split && (
        <div className="trends" data-testid="trends" data-from={loaded.query.from} data-to={loaded.query.to}>
          <dl className="stats">
            <StatTile
              label="Calories a day"
              value={
                <span data-testid="avg-calories" data-value={averages.calories}>
                  {formatKcal(averages.calories)}
                </span>
              }
              note={`goal ${formatKcal(targets.calories)}`}
            />
            <StatTile
              label="Protein a day"
              value={
                <span data-testid="avg-protein" data-value={averages.protein_g}>
                  {formatGrams(averages.protein_g)}
                </span>
              }
              note={`goal ${formatGrams(targets.protein_g)}`}
            />
            <StatTile
              label="Carbs a day"
              value={
                <span data-testid="avg-carbs" data-value={averages.carbs_g}>
                  {formatGrams(averages.carbs_g)}
                </span>
              }
              note={`goal ${formatGrams(targets.carbs_g)}`}
            />
            <StatTile
              label="Fat a day"
              value={
                <span data-testid="avg-fat" data-value={averages.fat_g}>
                  {formatGrams(averages.fat_g)}
                </span>
              }
              note={`goal ${formatGrams(targets.fat_g)}`}
            />
            <StatTile
              label="Days logged"
              value={
                <span data-testid="days-logged" data-value={averages.days_logged}>
                  {averages.days_logged}
                </span>
              }
              note={`of ${summary.days.length}`}
            />
          </dl>
          <div className="chart-grid trend-charts">
            <CalorieChart days={summary.days} goal={targets.calories} average={averages.calories} />
            <ShareBar
              title="Macro split (energy, average day)"
              unit="kcal"
              emptyText="No meals logged in this range."
              shares={[
                { label: 'Protein', value: split.protein, tone: 'protein' },
                { label: 'Carbs', value: split.carbs, tone: 'carbs' },
                { label: 'Fat', value: split.fat, tone: 'fat' },
              ]}
            />
          </div>
          <TrendsTable days={summary.days} />
          {status === 'ready' && (
            <p className="muted small">Updated {formatLoadedAt(loaded.loaded_at)}; follows new meals live.</p>
          )}
        </div>
      )}
    </main>
  );
};
