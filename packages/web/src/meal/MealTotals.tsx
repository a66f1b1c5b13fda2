import type { Nutrients } from '@fitiq/contract';
import { formatGrams, formatKcal } from './format.js';

/** A meal's totals: calories first, then the macros. */
export const MealTotals = ({ totals }: { totals: Nutrients }) => (
  <dl className="meal-totals">
    <div className="total-kcal">
      <dt>Calories</dt>
      <dd data-testid="meal-calories">{formatKcal(totals.calories)}</dd>
    </div>
    <div>
      <dt>Protein</dt>
      <dd>{formatGrams(totals.protein_g)}</dd>
    </div>
    <div>
      <dt>Carbs</dt>
      <dd>{formatGrams(totals.carbs_g)}</dd>
    </div>
    <div>
      <dt>Fat</dt>
      <dd>{formatGrams(totals.fat_g)}</dd>
    </div>
  </dl>
);
