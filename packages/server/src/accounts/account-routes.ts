import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AccountExport, ExportQuery, PasswordConfirmation } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { AccountService } from './account-service.js';

const exportFilename = (exportedAt: string, extension = 'json') =>
  `fitiq-export-${exportedAt.slice(0, 10)}.${extension}`;

export const registerAccountRoutes = (app: FastifyInstance, accounts: AccountService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'Download everything stored about you, as one JSON document (or your meals as CSV)',
        description:
          'format=csv answers text/csv instead: one row per meal item with its meal columns (EXPORT_CSV_COLUMNS), RFC 4180.',
        security: BEARER_SECURITY,
        querystring: ExportQuery,
        response: { 200: AccountExport, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'csv') {
        const csv = await accounts.exportCsv(request.userId);
        const filename = exportFilename(new Date().toISOString(), 'csv');
        // Already CSV text: the declared schema documents the JSON form, the serializer must not touch it.
        return reply
          .header('content-disposition', `attachment; filename="${filename}"`)
          .type('text/csv; charset=utf-8')
          .serializer((payload) => payload as string)
          .send(csv as never);
      }
      const exported = await accounts.export(request.userId);
      reply.header('content-disposition', `attachment; filename="${exportFilename(exported.exported_at)}"`);
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
