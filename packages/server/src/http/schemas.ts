import { MealLog } from '@fitiq/contract';
import { Type } from 'typebox';

/** RFC 9457 problem document, as every error answers; for the OpenAPI document. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    head: Type.Optional(Type.Integer({ description: 'cursor_expired: the stream head to continue from' })),
    current: Type.Optional({ ...MealLog, description: 'precondition_failed: the meal log as it is now' }),
  },
  // Extension members (RFC 9457 §3.2) pass through.
  { additionalProperties: true },
);

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { ...ProblemSchema, description: 'Problem (application/problem+json)' }]),
  );

export const BEARER_SECURITY = [{ bearerAuth: [] }];
