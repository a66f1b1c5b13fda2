import type { MealItem } from '@fitiq/contract';
import { formatQuantity } from './format.js';

/**
 * What the parser supplied rather than read, in a few quiet words, so a person knows what to check:
 * "1 medium, assumed" when the amount was guessed, "your usual portion" when it came from a past
 * correction. Nothing for what the text said, or what the person set.
 */
export const assumedHint = (item: MealItem): string | null => {
  if (item.source === 'memory') return `${formatQuantity(item.quantity, item.unit)}, your usual portion`;
  if (item.source === 'user') return null;
  const amount = item.assumed.some((a) => a === 'quantity' || a === 'size' || a === 'unit');
  if (amount) return `${formatQuantity(item.quantity, item.unit)}, assumed`;
  if (item.assumed.includes('form')) return 'preparation assumed';
  return null;
};
