import type { FastifyServerOptions } from 'fastify';

/**
 * Structured JSON logs. Fastify logs method, URL and client address per request, never headers or
 * bodies; the redaction list is the safety net in case a log call includes them.
 */
export const loggerOptions = (
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] => ({
  level,
  redact: {
    paths: [
      'req.headers.authorization',
      'headers.authorization',
      'password',
      '*.password',
      'token',
      '*.token',
    ],
    censor: '[redacted]',
  },
  ...(stream ? { stream } : {}),
});
