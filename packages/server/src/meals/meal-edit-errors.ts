import { type MealLog, mealETag } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';

export const preconditionRequired = () =>
  new AppError(
    'precondition_required',
    "An edit must say which version it was made on: send If-Match with the meal's ETag",
  );

/** The meal as it is now travels with the refusal, so the client can show it without asking again. */
export const preconditionFailed = (current: MealLog) =>
  new AppError(
    'precondition_failed',
    `The meal log is at version ${current.version}, not the one If-Match names`,
    undefined,
    { etag: mealETag(current.version) },
    { current },
  );

export const mealProcessing = () =>
  new AppError('meal_processing', 'The meal log is being processed; edit it once it has an outcome');
