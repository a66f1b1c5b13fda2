import type { MealLog, PollResponse, Session, StreamEvent } from '@fitiq/contract';

export type Answer<T = unknown> = { status: number; headers: Headers; body: T };

/** A tiny fetch wrapper for tests: JSON in, parsed JSON (or text) out, status and headers kept. */
export const request = async <T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> => {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
};

let userCounter = 0;

export const registerUser = async (baseUrl: string, email?: string): Promise<Session> => {
  userCounter += 1;
  const answer = await request<Session>(baseUrl, 'POST', '/api/v1/auth/register', {
    body: {
      email: email ?? `user${userCounter}-${Date.now()}@example.com`,
      password: 'correct horse battery',
    },
  });
  if (answer.status !== 201)
    throw new Error(`register failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

export const logMeal = async (
  baseUrl: string,
  token: string,
  rawInput: string,
  extra: { idempotencyKey?: string; meal_type?: string; logged_at?: string } = {},
): Promise<Answer<MealLog>> => {
  const { idempotencyKey, ...body } = extra;
  return request<MealLog>(baseUrl, 'POST', '/api/v1/meal-logs/natural', {
    token,
    body: { raw_input: rawInput, ...body },
    ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
  });
};

/**
 * Long-polls the user's stream until the meal's processing ended (completed or failed), and answers
 * that event: no fixed sleep, and the answer comes the moment the outcome commits.
 */
export const waitForMealOutcome = async (
  baseUrl: string,
  token: string,
  mealId: string,
): Promise<StreamEvent> => {
  let cursor = 0;
  for (;;) {
    const answer = await request<PollResponse>(baseUrl, 'GET', `/api/v1/events?after=${cursor}&wait=10`, {
      token,
    });
    if (answer.status !== 200)
      throw new Error(`polling failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const { events } = answer.body;
    const outcome = events.find((e) => e.data.meal_log.id === mealId && e.type !== 'meal_log.created');
    if (outcome) return outcome;
    cursor = events.at(-1)?.seq ?? cursor;
  }
};
