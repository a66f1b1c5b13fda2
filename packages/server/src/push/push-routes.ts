import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PushKey, PushSubscriptionBody, PushSubscriptionCreated } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../errors/app-error.js';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { Clock } from '../ops/clock.js';
import { newRecordId } from '../storage/record-id.js';
import type { Storage } from '../storage/storage.js';
import type { PushHostRule } from './push-hosts.js';
import { checkSubscription } from './subscription-check.js';

/** Subscriptions a user keeps at most: a new browser beyond it replaces the one subscribed longest ago. */
export const SUBSCRIPTIONS_PER_USER = 20;

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/** Web Push (v1.1): the key browsers subscribe with, and the user's subscriptions. */
export const registerPushRoutes = (
  app: FastifyInstance,
  deps: { storage: Storage; clock: Clock; publicKey: string; hosts: readonly PushHostRule[] },
) => {
  const { storage, clock, publicKey, hosts } = deps;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/push/key',
    {
      schema: {
        tags: ['push'],
        summary: 'The VAPID key to subscribe with (PushManager.subscribe applicationServerKey)',
        security: BEARER_SECURITY,
        response: { 200: PushKey, ...problemResponses(401, 429) },
      },
    },
    async () => ({ public_key: publicKey }),
  );
  api.post(
    '/api/v1/push/subscriptions',
    {
      schema: {
        tags: ['push'],
        summary: "Be pushed a meal's result when none of your open apps acknowledged it in time",
        description:
          'The body is PushSubscription.toJSON(). The endpoint must be https on a push service the server allows (FITIQ_PUSH_HOSTS). 201 for a new subscription; 200 with the same id for an endpoint you already subscribed.',
        security: BEARER_SECURITY,
        body: PushSubscriptionBody,
        response: {
          200: PushSubscriptionCreated,
          201: PushSubscriptionCreated,
          ...problemResponses(400, 401, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const checked = checkSubscription(request.body, hosts);
      const stored = await storage.transaction((tx) =>
        tx.push.subscribe(
          { id: newRecordId(), userId: request.userId, createdAt: clock.nowIso(), ...checked },
          SUBSCRIPTIONS_PER_USER,
        ),
      );
      return reply.code(stored.created ? 201 : 200).send({ id: stored.id });
    },
  );
  api.delete(
    '/api/v1/push/subscriptions/:id',
    {
      schema: {
        tags: ['push'],
        summary: 'Stop pushes to one subscription',
        security: BEARER_SECURITY,
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(401, 404, 429) },
      },
    },
    async (request, reply) => {
      const deleted = await storage.transaction((tx) =>
        tx.push.unsubscribe(request.userId, request.params.id),
      );
      if (!deleted) throw notFound('Push subscription');
      return reply.code(204).send(null);
    },
  );
};
