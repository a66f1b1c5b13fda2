import { useId } from 'react';

/** Calories eaten against the goal, as a ring; over the goal the ring is full and changes colour. */
export const CalorieRing = ({ calories, goal }: { calories: number | null; goal: number }) => {
  const titleId = useId();
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const share = goal > 0 && calories !== null ? Math.min(1, calories / goal) : 0;
  const over = calories !== null && calories > goal;
  return (
    <svg className="calorie-ring" viewBox="0 0 128 128" role="img" aria-labelledby={titleId}>
      <title id={titleId}>
        {calories === null ? 'Day not loaded yet' : `${Math.round(calories)} of ${goal} kilocalories`}
      </title>
      <circle className="ring-track" cx="64" cy="64" r={radius} />
      {/* Nothing eaten: no arc at all (a round cap on an empty arc would still draw a dot). */}
      {share > 0 && (
        <circle
          className={`ring-fill${over ? ' over' : ''}`}
          cx="64"
          cy="64"
          r={radius}
          strokeDasharray={`${share * circumference} ${circumference}`}
          transform="rotate(-90 64 64)"
        />
      )}
      <text x="64" y="62" className="ring-value" textAnchor="middle">
        {calories === null ? '–' : Math.round(calories).toLocaleString()}
      </text>
      <text x="64" y="82" className="ring-unit" textAnchor="middle">
        of {goal.toLocaleString()} kcal
      </text>
    </svg>
  );
};
