import type { FastifyInstance } from 'fastify';

/**
 * What a user has stored, as the API shows it: the stream head (every change of a meal appends an
 * event, so an unchanged head means nothing was written), the latest events, today's meals and the
 * remembered portions.
 * Two equal snapshots around a rejected request prove the request changed nothing.
 */
export const storedSnapshot = async (app: FastifyInstance, token: string): Promise<string> => {
  const headers = { authorization: `Bearer ${token}` };
  const date = new Date().toISOString().slice(0, 10);
  const [events, day, portions] = await Promise.all([
    app.inject({ method: 'GET', url: '/api/v1/events?after=0&limit=500', headers }),
    app.inject({ method: 'GET', url: `/api/v1/meal-logs?date=${date}`, headers }),
    app.inject({ method: 'GET', url: '/api/v1/me/portions', headers }),
  ]);
  if (events.statusCode !== 200 || day.statusCode !== 200 || portions.statusCode !== 200)
    throw new Error(`snapshot failed: ${events.statusCode} ${day.statusCode} ${portions.statusCode}`);
  return `${events.body}\n${day.body}\n${portions.body}`;
};
