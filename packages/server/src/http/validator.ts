import { createRequire } from 'node:module';
import { Ajv, type Options } from 'ajv';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS whose types describe an ES default export; requiring it sidesteps the mismatch.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;

const build = (options: Options) => {
  const ajv = new Ajv({
    allErrors: false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
    ...options,
  });
  addFormats(ajv);
  return ajv;
};

/**
 * Query strings, headers and path parameters arrive as text, so "?after=5" must become 5; JSON bodies
 * arrive typed, so {"raw_input": 42} must be refused, not quietly turned into "42".
 */
export const createValidatorCompiler = (): FastifySchemaCompiler<FastifySchema> => {
  const coercing = build({ coerceTypes: 'array' });
  const exact = build({ coerceTypes: false });
  return ({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema as object);
};
