import type { MealItem, MealItemEdit } from '@fitiq/contract';
import { useRef } from 'react';
import { formatGrams, formatKcal, formatQuantity } from './format.js';
import { ItemEditor } from './ItemEditor.js';
import { assumedHint } from './item-hint.js';

/**
 * A completed meal's items. Where the meal can be edited each one is a button: it opens the item's
 * editor in place, and focus comes back to it when the editor closes.
 */
export const MealItems = ({
  items,
  editable,
  open,
  onOpen,
  onSave,
  onRemove,
}: {
  items: readonly MealItem[];
  editable: boolean;
  /** The index of the item whose editor is open, or null. */
  open: number | null;
  onOpen: (index: number | null) => void;
  onSave: (index: number, edit: MealItemEdit) => void;
  onRemove: (index: number) => void;
}) => {
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const close = (index: number) => {
    onOpen(null);
    requestAnimationFrame(() => buttons.current.get(index)?.focus());
  };
  return (
    <ul className="meal-items" aria-label="Recognised foods">
      {items.map((item, index) => {
        const hint = assumedHint(item);
        const row = (
          <>
            <span className="item-name">
              {item.name}
              {hint && <span className="item-hint"> · {hint}</span>}
            </span>
            <span className="item-amount">
              {item.unit === 'g'
                ? formatGrams(item.grams)
                : `${formatQuantity(item.quantity, item.unit)} · ${formatGrams(item.grams)}`}
            </span>
            <span className="item-kcal">{formatKcal(item.calories)}</span>
          </>
        );
        return (
          <li key={item.id} className={open === index ? 'item-open' : undefined}>
            {open === index ? (
              <ItemEditor
                item={item}
                onlyItem={items.length === 1}
                onClose={() => close(index)}
                onSave={(edit) => {
                  onSave(index, edit);
                  close(index);
                }}
                onRemove={() => {
                  onRemove(index);
                  onOpen(null);
                }}
              />
            ) : editable ? (
              <button
                type="button"
                className="item-row"
                ref={(node) => {
                  if (node) buttons.current.set(index, node);
                  else buttons.current.delete(index);
                }}
                aria-label={`Edit ${item.name}, ${formatQuantity(item.quantity, item.unit)}, ${formatKcal(item.calories)}${hint ? `, ${hint}` : ''}`}
                onClick={() => onOpen(index)}
              >
                {row}
              </button>
            ) : (
              <div className="item-row">{row}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
};
