import { FitIQError } from '@fitiq/client';
import { errorMessage } from '../ui/error-message.js';

/** Why switching notifications on or off failed, in words: the server's refusal or the browser's. */
export const pushErrorMessage = (error: unknown): string => {
  if (error instanceof FitIQError)
    return errorMessage(error, {
      validation_failed: "This browser's push service is not one this FitIQ server sends to.",
    });
  // The browser's own refusal (a DOMException from PushManager.subscribe): no push service reachable,
  // storage unavailable in a private window.
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `This browser could not set up notifications${detail}. Please try again later.`;
};
