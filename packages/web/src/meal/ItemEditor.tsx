import type { Food, FoodMeasure, MealItem, MealItemEdit } from '@fitiq/contract';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { FoodSearch } from './FoodSearch.js';
import { formatKcal } from './format.js';
import { amountEdit, gramsOf, unitChoices } from './item-amount.js';

type Chosen = { foodId: string; name: string; measures: readonly FoodMeasure[]; kcalPerGram: number | null };

const chosenOf = (item: MealItem): Chosen => ({
  foodId: item.food_id ?? '',
  name: item.name,
  measures: item.measures,
  kcalPerGram: item.grams > 0 ? item.calories / item.grams : null,
});

const chosenOfFood = (food: Food): Chosen => ({
  foodId: food.id,
  name: food.name,
  measures: food.measures,
  kcalPerGram: food.per_100g.calories / 100,
});

const initialUnit = (item: MealItem): { unit: string; quantity: string } =>
  item.unit === 'g' || item.measures.some((m) => m.unit === item.unit) || item.unit === 'oz'
    ? { unit: item.unit, quantity: String(Math.round(item.quantity * 100) / 100) }
    : { unit: 'g', quantity: String(Math.round(item.grams)) };

/**
 * One item of a meal, open for correction: how much (a quantity of one of the food's own measures,
 * or grams), which food ("Change food" searches as you type), or out of the meal. Escape closes it.
 */
export const ItemEditor = ({
  item,
  onlyItem,
  onSave,
  onRemove,
  onClose,
}: {
  item: MealItem;
  onlyItem: boolean;
  onSave: (edit: MealItemEdit) => void;
  onRemove: () => void;
  onClose: () => void;
}) => {
  const [chosen, setChosen] = useState<Chosen>(() => chosenOf(item));
  const [amount, setAmount] = useState(() => initialUnit(item));
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const quantityInput = useRef<HTMLInputElement>(null);
  const ids = { quantity: useId(), unit: useId(), grams: useId(), error: useId(), title: useId() };
  const changedFood = chosen.foodId !== item.food_id;

  useEffect(() => {
    if (!searching) quantityInput.current?.focus();
  }, [searching]);

  const grams = gramsOf(Number(amount.quantity.replace(',', '.')), amount.unit, chosen.measures);
  const kcal = grams !== null && chosen.kcalPerGram !== null ? grams * chosen.kcalPerGram : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen.foodId) {
      setError('Pick a food from the table first (Change food).');
      return;
    }
    const result = amountEdit(
      chosen.foodId,
      amount.quantity,
      amount.unit,
      chosen.measures,
      changedFood ? null : item.id,
    );
    if ('error' in result) {
      setError(result.error);
      quantityInput.current?.focus();
      return;
    }
    onSave(result.edit);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  if (searching) {
    return (
      <div className="item-editor">
        <FoodSearch
          label={`Change “${chosen.name}” to`}
          initial={chosen.name}
          onCancel={() => setSearching(false)}
          onPick={(food) => {
            setChosen(chosenOfFood(food));
            setAmount({ unit: food.default_unit, quantity: '1' });
            setSearching(false);
          }}
        />
      </div>
    );
  }

  return (
    // Escape anywhere in the editor closes it.
    <form className="item-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={ids.title}>
      <div className="item-editor-head">
        <p id={ids.title} className="item-editor-title">
          {chosen.name}
        </p>
        <button type="button" className="link-button small" onClick={() => setSearching(true)}>
          Change food
        </button>
      </div>
      {!chosen.foodId && (
        <p className="muted small">
          Not a food of the table: its amount cannot be worked out here. Change food to pick one.
        </p>
      )}
      <div className="item-editor-fields" hidden={!chosen.foodId}>
        <div className="field">
          <label htmlFor={ids.quantity} className="field-label">
            Quantity
          </label>
          <input
            ref={quantityInput}
            id={ids.quantity}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount.quantity}
            aria-invalid={error !== null}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => {
              setError(null);
              setAmount({ ...amount, quantity: e.target.value });
            }}
          />
        </div>
        <div className="field field-unit">
          <label htmlFor={ids.unit} className="field-label">
            Unit
          </label>
          <select
            id={ids.unit}
            value={amount.unit}
            onChange={(e) => {
              setError(null);
              const unit = e.target.value;
              // The same amount in the new unit: grams stay, so the total does not jump.
              const next = grams !== null ? gramsOf(1, unit, chosen.measures) : null;
              const quantity =
                grams !== null && next ? String(Math.round((grams / next) * 100) / 100) : amount.quantity;
              setAmount({
                unit,
                quantity: unit === 'g' && grams !== null ? String(Math.round(grams)) : quantity,
              });
            }}
          >
            {unitChoices(chosen.measures).map((choice) => (
              <option key={choice.unit} value={choice.unit}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grams">
          <label htmlFor={ids.grams} className="field-label">
            Grams
          </label>
          <input
            id={ids.grams}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount.unit === 'g' ? amount.quantity : grams === null ? '' : String(Math.round(grams))}
            onChange={(e) => {
              setError(null);
              setAmount({ unit: 'g', quantity: e.target.value });
            }}
          />
        </div>
      </div>
      <p className="item-editor-estimate muted small" aria-live="polite">
        {kcal !== null ? `≈ ${formatKcal(kcal)}` : ' '}
      </p>
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="item-editor-actions">
        <button
          type="button"
          className="button small danger ghost"
          disabled={onlyItem}
          title={onlyItem ? 'The only item: delete the meal instead' : undefined}
          onClick={onRemove}
        >
          Remove
        </button>
        <span className="push-end" />
        <button type="button" className="button small" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button small primary">
          Save
        </button>
      </div>
    </form>
  );
};
