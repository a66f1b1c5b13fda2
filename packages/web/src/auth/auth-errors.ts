import { FitIQError } from '@fitiq/client';
import { errorMessage } from '../ui/error-message.js';

/** What went wrong with a sign-in or sign-up, in words for the person at the keyboard. */
export const authErrorMessage = (error: unknown): string =>
  errorMessage(error, {
    invalid_credentials: 'That email and password do not match an account.',
    email_taken: 'An account with this email already exists. Sign in instead.',
    validation_failed:
      (error instanceof FitIQError && error.message) || 'Please check the email and password.',
  });
