/**
 * One chat-completions request to an OpenAI-compatible API, with the failures sorted the way the
 * caller acts on them: temporary (retry later), permanent (give up), or a malformed answer (the
 * parser asks once more). Nothing here retries.
 */
import { PermanentParserError, TemporaryParserError } from '../errors.js';

export type ChatCompletionConfig = {
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
  fetch: typeof fetch;
};

/** The answer arrived but is not what we asked for: truncated, not JSON, or the wrong shape. */
export class MalformedAnswerError extends Error {
  override readonly name = 'MalformedAnswerError';
}

/** 408 request timeout, 409 conflict (OpenAI's "try again") and 429 rate limit are worth retrying. */
const TEMPORARY_STATUSES = new Set([408, 409, 429]);

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function apiMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
  } catch {
    // Not JSON: fall through to the raw text, shortened.
  }
  return body.slice(0, 200);
}

async function send(config: ChatCompletionConfig, body: unknown, signal: AbortSignal | undefined) {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const combined = signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  try {
    const response = await config.fetch(`${config.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: combined,
    });
    // Reading the body is under the same deadline: a server that stalls mid-answer times out too.
    return { response, text: await response.text() };
  } catch (error) {
    // The caller gave up (meal deleted, shutdown): not ours to classify.
    if (signal?.aborted) throw signal.reason ?? error;
    if (timeout.aborted)
      throw new TemporaryParserError(`model did not answer within ${config.timeoutMs} ms`, { cause: error });
    throw new TemporaryParserError('could not reach the model API', { cause: error });
  }
}

/** Sends the request and returns the assistant message's content, or throws a classified error. */
export async function requestCompletion(
  config: ChatCompletionConfig,
  body: unknown,
  signal?: AbortSignal,
): Promise<string> {
  const { response, text } = await send(config, body, signal);
  const status = response.status;
  if (TEMPORARY_STATUSES.has(status) || status >= 500) {
    throw new TemporaryParserError(`model API answered ${status}: ${apiMessage(text)}`, {
      status,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    });
  }
  if (status >= 400)
    throw new PermanentParserError(`model API answered ${status}: ${apiMessage(text)}`, { status });
  return assistantContent(text);
}

function assistantContent(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new MalformedAnswerError('response body is not JSON');
  }
  const choice = (
    parsed as { choices?: { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }[] }
  ).choices?.[0];
  if (choice === undefined) throw new MalformedAnswerError('response has no choices');
  if (typeof choice.message?.refusal === 'string' && choice.message.refusal !== '') {
    throw new PermanentParserError(`model refused: ${choice.message.refusal}`);
  }
  if (choice.finish_reason === 'length')
    throw new MalformedAnswerError('answer was cut off at the token limit');
  if (typeof choice.message?.content !== 'string') throw new MalformedAnswerError('answer has no content');
  return choice.message.content;
}
