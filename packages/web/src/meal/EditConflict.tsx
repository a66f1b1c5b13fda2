import type { MealConflict } from '@fitiq/client';
import { formatKcal, formatQuantity } from './format.js';

const summary = (meal: MealConflict['mine']): string =>
  meal.status === 'processing'
    ? `“${meal.raw_input}”`
    : meal.items.map((item) => `${item.name}: ${formatQuantity(item.quantity, item.unit)}`).join('; ') +
      (meal.totals ? ` (${formatKcal(meal.totals.calories)})` : '');

/**
 * This device's edit was not applied because the meal had changed on another device: the card now
 * shows the newer meal, and the person can apply their change on top of it, or let it go.
 */
export const EditConflict = ({
  conflict,
  onApplyMine,
  onDismiss,
}: {
  conflict: MealConflict;
  onApplyMine: () => void;
  onDismiss: () => void;
}) => (
  <div className="banner warn conflict" role="alert" data-testid="conflict">
    <div className="conflict-text">
      <strong>Changed on another device.</strong> Showing the newer version; your change was not applied.
      <span className="muted small conflict-mine">Yours: {summary(conflict.mine)}</span>
    </div>
    <div className="conflict-actions">
      <button type="button" className="button small" onClick={onApplyMine}>
        Apply mine again
      </button>
      <button type="button" className="button small ghost" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  </div>
);
