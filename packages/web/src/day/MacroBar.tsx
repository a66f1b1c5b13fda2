import { formatGrams } from '../meal/format.js';

/** One macronutrient against its target, as a labelled progress bar. */
export const MacroBar = ({
  label,
  grams,
  target,
  tone,
}: {
  label: string;
  grams: number;
  target: number;
  tone: string;
}) => {
  const share = target > 0 ? Math.min(1, grams / target) : 0;
  return (
    <div className="macro">
      <div className="macro-head">
        <span className="macro-label">{label}</span>
        <span className="macro-value">
          {formatGrams(grams)} <span className="muted">/ {formatGrams(target)}</span>
        </span>
      </div>
      <div
        className="bar"
        role="progressbar"
        aria-label={`${label}: ${Math.round(grams)} of ${target} grams`}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.round(grams)}
      >
        <div className={`bar-fill tone-${tone}`} style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
};
