import type { FitIQClient } from '@fitiq/client';
import type { MealLog } from '@fitiq/contract';
import { guessMealTypeAt } from './meal-type.js';

/**
 * Logs a completed meal again at `at` (now, unless a past day is shown), in the slot that time of
 * day suggests, as the add-meal form would. A copy goes through the SDK's outbox: it shows at once,
 * works offline, and cannot be made twice.
 */
export const logAgain = (client: FitIQClient, meal: MealLog, at: Date = new Date()) =>
  client.copy(meal, { logged_at: at, meal_type: guessMealTypeAt(at) });
