import fc from 'fast-check';

/**
 * Building blocks for the server's fuzz tests: the values a careless or hostile client sends. Each
 * arbitrary leans towards the edges (empty, huge, negative, non-finite, odd Unicode) rather than
 * uniform noise, because that is where validation slips.
 */

/** Strings of every kind: ASCII, full Unicode (lone surrogates included), control characters, long runs. */
export const oddString = (maxLength = 64): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('', ' ', '\u0000', '\n', '\uFEFF', '\uD800', '💥'.repeat(8), 'a'.repeat(5000)),
  );

/** Numbers and number-like text where integers are expected. */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 1.5, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, -0, 1e308),
);

/** Any JSON value, from scalars to nested containers with odd keys. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  oddString(),
  oddNumber,
  fc.dictionary(oddString(12), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** The text of a value sent where a query parameter, path segment or header is read. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  oddString(40),
  oddNumber.map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '0x10',
    '00',
    '1.0',
    'true',
    'null',
    '[]',
    '%',
    '%zz',
  ),
);

/**
 * A valid object with one to three mutations: a field removed, a field set to another JSON value, an
 * unknown field added, or the whole thing replaced by another type.
 */
export const mutated = (valid: Record<string, unknown>): fc.Arbitrary<unknown> => {
  const keys = Object.keys(valid);
  const mutation = fc.oneof(
    fc.constantFrom(...keys).map((key) => (o: Record<string, unknown>) => {
      const { [key]: _removed, ...rest } = o;
      return rest;
    }),
    fc.tuple(fc.constantFrom(...keys), anyJson).map(([key, value]) => (o: Record<string, unknown>) => ({
      ...o,
      [key]: value,
    })),
    fc.tuple(oddString(12), anyJson).map(([key, value]) => (o: Record<string, unknown>) => ({
      ...o,
      [key]: value,
    })),
  );
  return fc.oneof(
    fc
      .array(mutation, { minLength: 1, maxLength: 3 })
      .map((steps) => steps.reduce((o, step) => step(o), valid)),
    fc.constantFrom<unknown>([valid], null, JSON.stringify(valid), Object.values(valid)),
  );
};
