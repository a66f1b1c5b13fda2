import fc from 'fast-check';
import { anyJson, mutated, oddString, oddText } from './fuzz-values.js';

/** One route of the OpenAPI document, e.g. `{ method: 'GET', path: '/api/v1/meal-logs/{id}' }`. */
export type Route = { method: string; path: string };

export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
};

/** The tokens and ids the generated requests may use, so that some of them get past authentication. */
export type FuzzContext = { token: string; otherToken: string; mealId: string };

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;

const VALID_BODIES: Record<string, Record<string, unknown>> = {
  '/api/v1/auth/register': { email: 'fuzz@example.com', password: 'correct horse battery' },
  '/api/v1/auth/login': { email: 'fuzz@example.com', password: 'correct horse battery' },
  '/api/v1/meal-logs/natural': {
    raw_input: '2 eggs',
    meal_type: 'breakfast',
    logged_at: '2024-01-01T08:00:00Z',
  },
  '/api/v1/meal-logs/{id}': {
    meal_type: 'lunch',
    items: [{ food_id: 'banana', quantity: 1, unit: 'medium' }],
  },
};

/** Lone surrogates cannot be percent-encoded; they stand for "bytes that are not UTF-8" instead. */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

/** HTTP carries header values as visible Latin-1 characters, spaces and tabs, nothing else. */
const headerText = (text: string): string => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');

const pathValue = (context: FuzzContext): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(context.mealId),
    fc.uuid(),
    oddText.map(encode),
    fc.constantFrom(
      '%',
      '%E0%A4%A',
      '%00',
      '..',
      'a%2Fb',
      'x'.repeat(65),
      'x'.repeat(101),
      `${context.mealId}x`,
    ),
  );

/** A long poll with nothing newer is held for `wait` seconds; the fuzzer must not sit in one. */
const WAITS = ['0', '0.001', '-1', '31', '1e400', 'NaN', 'Infinity', '', 'abc', '[]'];

const queryPair = fc.oneof(
  fc.tuple(fc.constantFrom('after', 'limit', 'tz', 'x', '__proto__', 'constructor'), oddText),
  fc.tuple(fc.constant('wait'), fc.constantFrom(...WAITS)),
  fc.tuple(
    fc.constant('date'),
    fc.oneof(
      fc.constantFrom('2024-01-01', '2024-02-30', '0000-01-01', '9999-12-31', '2024-1-1', '2024-13-01'),
      oddText,
    ),
  ),
  fc.tuple(
    oddString(8).filter((key) => key !== 'wait'),
    oddText,
  ),
);

const query: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(queryPair, { maxLength: 4 })
      .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')),
  },
  {
    weight: 1,
    arbitrary: oddString(40).map((raw) => encode(raw).replaceAll('%3D', '=').replaceAll('%26', '&')),
  },
);

const authorization = (context: FuzzContext): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${context.token}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${context.otherToken}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        oddString(40),
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'bearer x',
          'Basic dXNlcjpwYXNz',
          `Bearer ${'A'.repeat(10_000)}`,
        ),
        fc
          .nat({ max: context.token.length - 1 })
          .map((i) => `Bearer ${context.token.slice(0, i)}${context.token.slice(i + 1)}`),
      ),
    },
  );

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/JSON',
  'application/json; charset=latin1',
  'application/problem+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json;;',
  '',
];

const body = (path: string): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    anyJson.map((value) => JSON.stringify(value) ?? 'null'),
    mutated(VALID_BODIES[path] ?? { raw_input: 'an apple' }).map((value) => JSON.stringify(value) ?? 'null'),
    oddString(80),
    fc.constantFrom('{', '{"a":1}{', '\u0000', `{"raw_input":"${'x'.repeat(70 * 1024)}"}`),
  );

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const headers = (context: FuzzContext, hasBody: boolean) =>
  fc
    .record({
      authorization: authorization(context),
      'content-type': hasBody
        ? fc.oneof(fc.constantFrom(...CONTENT_TYPES), oddString(30))
        : optional(fc.constantFrom(...CONTENT_TYPES)),
      'idempotency-key': optional(fc.oneof(oddText, fc.constantFrom('k', 'x'.repeat(128), 'x'.repeat(129)))),
      accept: optional(
        fc.oneof(fc.constantFrom('*/*', 'text/html', 'application/xml', 'text/event-stream'), oddString(20)),
      ),
      'last-event-id': optional(oddText),
      'if-match': optional(fc.oneof(oddText, fc.constantFrom('"1"', '"2"', '"3"', '*', 'W/"2"', '"2", "3"'))),
    })
    .map((record) => {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(record))
        if (value !== undefined) out[name] = headerText(value);
      return out;
    });

/** A request to `route`: mostly its own method, with random or mutated path parameters, query, headers and body. */
export const fuzzRequest = (route: Route, context: FuzzContext): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constant(route.method) },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      params: fc.array(pathValue(context), { minLength: 4, maxLength: 4 }),
      query,
      body: body(route.path),
    })
    .chain(({ method, params, query, body }) =>
      headers(context, body !== undefined).map((h) => {
        let i = 0;
        const path = route.path.replace(/\{[^}]+\}/g, () => params[i++] ?? '');
        return { method, url: query ? `${path}?${query}` : path, headers: h, body };
      }),
    );
