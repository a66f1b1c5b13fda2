import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AccountExport, PasswordConfirmation } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { AccountService } from './account-service.js';

const exportFilename = (exportedAt: string) => `fitiq-export-${exportedAt.slice(0, 10)}.json`;

export const registerAccountRoutes = (app: FastifyInstance, accounts: AccountService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'Download everything stored about you, as one JSON document',
        security: BEARER_SECURITY,
        response: { 200: AccountExport, ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const exported = await accounts.export(request.userId);
      reply.header('content-disposition', `attachment; filename="${exportFilename(exported.exported_at)}"`);
      reply.header('cache-control', 'no-store');
      return exported;
    },
  );
  api.delete(
    '/api/v1/me',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete your account and everything in it; needs the current password',
        security: BEARER_SECURITY,
        body: PasswordConfirmation,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      await accounts.delete(request.userId, request.body.password);
      return reply.code(204).send(null);
    },
  );
};
