import { Type } from 'typebox';

/** RFC 9457 problem document, as every error answers; for the OpenAPI document. */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
});

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { ...ProblemSchema, description: 'Problem (application/problem+json)' }]),
  );

export const BEARER_SECURITY = [{ bearerAuth: [] }];
