import type { RememberedPortion } from '@fitiq/contract';
import type { PortionRecord } from '../storage/storage.js';

export const toPortionDto = (portion: PortionRecord): RememberedPortion => ({
  food_id: portion.foodId,
  name: portion.name,
  quantity: portion.quantity,
  unit: portion.unit,
  grams: portion.grams,
  updated_at: portion.updatedAt,
});
