import { FitIQError } from '@fitiq/client';
import { describe, expect, it } from 'vitest';
import { accountErrorMessage } from '../account/account-errors.js';
import { authErrorMessage } from '../auth/auth-errors.js';

describe('error messages for people', () => {
  it('a form says its own sentence for the codes it knows', () => {
    const wrongPassword = new FitIQError('invalid_credentials', 'Invalid email or password', false);
    expect(authErrorMessage(wrongPassword)).toBe('That email and password do not match an account.');
    expect(accountErrorMessage(wrongPassword)).toBe('That password is not right. Nothing was deleted.');
  });

  it('every form says the same for a throttle or a network failure', () => {
    for (const code of ['rate_limited', 'network_error', 'timeout'] as const) {
      const error = new FitIQError(code, 'low-level detail', true);
      expect(authErrorMessage(error)).toBe(accountErrorMessage(error));
      expect(authErrorMessage(error)).not.toContain('low-level detail');
    }
  });

  it("otherwise the server's message, and a generic sentence for anything that is not an SDK error", () => {
    expect(accountErrorMessage(new FitIQError('not_found', 'No such account', false))).toBe(
      'No such account',
    );
    expect(authErrorMessage(new FitIQError('validation_failed', 'email: must be an email', false))).toBe(
      'email: must be an email',
    );
    expect(authErrorMessage(new TypeError('boom'))).toBe('Something went wrong. Please try again.');
  });
});
