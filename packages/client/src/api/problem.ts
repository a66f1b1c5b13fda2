import type { ErrorCode, Problem } from '@fitiq/contract';
import { ApiError } from './errors.js';

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).code === 'string' &&
  typeof (value as Problem).status === 'number';

/** Codes a bare status stands for when a proxy answered instead of the server (no problem document). */
const codeOfStatus = (status: number): ErrorCode => {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 410) return 'cursor_expired';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 503 || status === 502 || status === 504) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'validation_failed';
};

const retryAfterMs = (header: string | null): number | null => {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
};

/** Turns a non-2xx response into an ApiError; a body that is not a problem document is described, not trusted. */
export const problemError = async (response: Response): Promise<ApiError> => {
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (a proxy's HTML page): described below
  }
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        detail: `HTTP ${response.status} without a problem document`,
        code: codeOfStatus(response.status),
      };
  return new ApiError(response.status, problem, retryAfterMs(response.headers.get('retry-after')));
};
