import { errorMessage } from '../ui/error-message.js';

/** What went wrong with an export or a deletion, in words for the person at the keyboard. */
export const accountErrorMessage = (error: unknown): string =>
  errorMessage(error, { invalid_credentials: 'That password is not right. Nothing was deleted.' });
