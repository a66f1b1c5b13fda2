import type { MealItem, Nutrients } from '@fitiq/contract';
import { formatGrams, formatKcal, formatQuantity } from './format.js';

/** A completed meal: what was recognised, how much, and its nutrients. */
export const MealDetails = ({ items, totals }: { items: readonly MealItem[]; totals: Nutrients }) => (
  <div className="meal-details">
    <ul className="meal-items" aria-label="Recognised foods">
      {items.map((item, index) => (
        // Items have no id and may repeat; their position is their identity within a finished meal.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>
          <span className="item-name">{item.name}</span>
          <span className="item-amount">
            {formatQuantity(item.quantity, item.unit)} · {formatGrams(item.grams)}
          </span>
          <span className="item-kcal">{formatKcal(item.calories)}</span>
        </li>
      ))}
    </ul>
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
  </div>
);
