import {
  ERROR_CATALOG,
  type ErrorCode,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  type ProblemFieldError,
  problemType,
} from '@fitiq/contract';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { classifyStorageError } from '../storage/storage-errors.js';

export const problem = (
  code: ErrorCode,
  detail: string,
  errors?: ProblemFieldError[],
  extensions?: Record<string, unknown>,
): Problem => ({
  ...extensions,
  type: problemType(code),
  title: ERROR_CATALOG[code].title,
  status: ERROR_CATALOG[code].status,
  detail,
  code,
  ...(errors && errors.length > 0 ? { errors } : {}),
});

type ValidationIssue = { instancePath?: string; message?: string; params?: Record<string, unknown> };

const fieldErrors = (error: FastifyError): ProblemFieldError[] =>
  (error.validation ?? []).map((issue: ValidationIssue) => {
    const missing = issue.params?.missingProperty;
    const extra = issue.params?.additionalProperty;
    const path = `${issue.instancePath ?? ''}${missing ? `/${String(missing)}` : extra ? `/${String(extra)}` : ''}`;
    return {
      path: `/${error.validationContext ?? 'body'}${path}`,
      message: extra ? 'is not a known property' : (issue.message ?? 'is not valid'),
    };
  });

/** Maps framework errors by their status, so every failure speaks the one catalog. */
const codeForStatus = (status: number): ErrorCode => {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 431:
      return 'headers_too_large';
    case 429:
      return 'rate_limited';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 400 && status < 500 ? 'validation_failed' : 'internal_error';
  }
};

export const toProblem = (error: FastifyError | AppError): Problem => {
  if (error instanceof AppError)
    return problem(error.code, error.detail, error.fieldErrors, error.extensions);
  if (error.validation)
    return problem('validation_failed', 'The request does not match its schema', fieldErrors(error));
  const code = codeForStatus(error.statusCode ?? 500);
  const detail =
    code === 'internal_error' ? 'Something went wrong on our side; it has been logged' : error.message;
  return problem(code, detail);
};

export const sendProblem = (reply: FastifyReply, body: Problem, headers?: Record<string, string>) => {
  if (headers) reply.headers(headers);
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
};

/**
 * Errors Fastify raises before a route is found (a URL that is not valid percent-encoding, a path
 * parameter over the router's length limit); without this they answer Fastify's own JSON.
 */
export const frameworkErrorHandler = (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
  sendProblem(reply, problem('validation_failed', error.message));

/** A storage condition (busy, full, read-only, unreachable) is a 503 worth retrying, not a 500. */
const storageError = (error: unknown): AppError | null => {
  const failure = classifyStorageError(error);
  if (!failure) return null;
  return new AppError('storage_unavailable', failure.detail, undefined, {
    'retry-after': String(failure.retryAfterSeconds),
  });
};

export const errorHandler = (
  error: FastifyError | AppError,
  request: FastifyRequest,
  reply: FastifyReply,
) => {
  const known = error instanceof AppError ? error : (storageError(error) ?? error);
  const body = toProblem(known);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  const headers = known instanceof AppError ? known.headers : undefined;
  return sendProblem(reply, body, headers);
};
