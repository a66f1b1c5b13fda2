import { problemType } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { ApiError, AuthError } from '../api/errors.js';
import { endOfRequestError } from './sse-transport.js';

const refusal = (status: number, code: Parameters<typeof problemType>[0]) =>
  new ApiError(status, { type: problemType(code), title: code, status, detail: code, code }, 5000);

describe('how a refused stream request ends the transport', () => {
  it('over the user’s connections (429 too_many_connections) backs off like a socket closed with 4429', () => {
    expect(endOfRequestError(refusal(429, 'too_many_connections')).reason).toBe('rejected');
    expect(endOfRequestError(refusal(429, 'rate_limited')).reason).toBe('rejected');
  });

  it('a full or stopping node (503) is a passing condition: reconnect as after a network failure', () => {
    expect(endOfRequestError(refusal(503, 'service_unavailable')).reason).toBe('network');
  });

  it('a route the server does not have rules the transport out; a refused token asks for a new one', () => {
    expect(endOfRequestError(refusal(404, 'not_found')).reason).toBe('refused');
    expect(endOfRequestError(new AuthError('no token')).reason).toBe('auth');
  });
});
