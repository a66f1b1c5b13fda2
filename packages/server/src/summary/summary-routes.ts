import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Summary, SummaryQuery } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { SummaryService } from './summary-service.js';

export const registerSummaryRoutes = (app: FastifyInstance, summaries: SummaryService) => {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/summary',
    {
      schema: {
        tags: ['trends'],
        summary: 'Daily totals over a range of local days (at most 366), their averages and your goals',
        description:
          'Every date from `from` to `to` (both included, local days in `tz`, default UTC) is listed; a day without completed meals has zeros. Averages are over the days with at least one completed meal. 400 for a date that is not a calendar day, an unknown tz, from after to, or more than 366 days.',
        security: BEARER_SECURITY,
        querystring: SummaryQuery,
        response: { 200: Summary, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => {
      const { from, to, tz } = request.query;
      return summaries.summary(request.userId, from, to, tz ?? 'UTC');
    },
  );
};
