import { FitIQError } from '@fitiq/client';

const SOMETHING_WRONG = 'Something went wrong. Please try again.';

/** What every form says for the failures that do not depend on what the person was doing. */
const COMMON: Partial<Record<string, string>> = {
  rate_limited: 'Too many attempts. Please wait a minute and try again.',
  network_error: 'The server cannot be reached. Check your connection and try again.',
  timeout: 'The server cannot be reached. Check your connection and try again.',
};

/**
 * A failure in words for the person at the keyboard: the form's own sentence for a code it knows,
 * else the common one, else the server's message.
 */
export const errorMessage = (error: unknown, byCode: Partial<Record<string, string>> = {}): string => {
  if (!(error instanceof FitIQError)) return SOMETHING_WRONG;
  return byCode[error.code] ?? COMMON[error.code] ?? (error.message || SOMETHING_WRONG);
};
