import type { MealItem, MealLog, MealLogError, MealLogStatus, MealType, Nutrients } from '@fitiq/contract';

/** A meal log as the domain holds it: the wire shape plus its owner. */
export type MealLogRecord = {
  id: string;
  userId: string;
  status: MealLogStatus;
  rawInput: string;
  mealType: MealType | null;
  loggedAt: string;
  createdAt: string;
  updatedAt: string;
  /** 1 when created, +1 with every change; the ETag. */
  version: number;
  items: MealItem[];
  totals: Nutrients | null;
  error: MealLogError | null;
};

export const toMealLogDto = (record: MealLogRecord): MealLog => ({
  id: record.id,
  version: record.version,
  status: record.status,
  raw_input: record.rawInput,
  meal_type: record.mealType,
  logged_at: record.loggedAt,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
  items: record.items,
  totals: record.totals,
  error: record.error,
});
