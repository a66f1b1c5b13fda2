import { FitIQError } from '@fitiq/client';

/** What went wrong with an export or a deletion, in words for the person at the keyboard. */
export const accountErrorMessage = (error: unknown): string => {
  if (!(error instanceof FitIQError)) return 'Something went wrong. Please try again.';
  switch (error.code) {
    case 'invalid_credentials':
      return 'That password is not right. Nothing was deleted.';
    case 'rate_limited':
      return 'Too many attempts. Please wait a minute and try again.';
    case 'network_error':
    case 'timeout':
      return 'The server cannot be reached. Check your connection and try again.';
    default:
      return error.message || 'Something went wrong. Please try again.';
  }
};
