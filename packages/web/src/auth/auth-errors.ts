import { FitIQError } from '@fitiq/client';

/** What went wrong with a sign-in or sign-up, in words for the person at the keyboard. */
export const authErrorMessage = (error: unknown): string => {
  if (!(error instanceof FitIQError)) return 'Something went wrong. Please try again.';
  switch (error.code) {
    case 'invalid_credentials':
      return 'That email and password do not match an account.';
    case 'email_taken':
      return 'An account with this email already exists. Sign in instead.';
    case 'validation_failed':
      return error.message || 'Please check the email and password.';
    case 'rate_limited':
      return 'Too many attempts. Please wait a minute and try again.';
    case 'network_error':
    case 'timeout':
      return 'The server cannot be reached. Check your connection and try again.';
    default:
      return error.message || 'Something went wrong. Please try again.';
  }
};
