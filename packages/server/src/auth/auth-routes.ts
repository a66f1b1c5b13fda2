import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Credentials, Session, User } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { AuthService } from './auth-service.js';

export const registerAuthRoutes = (app: FastifyInstance, auth: AuthService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    '/api/v1/auth/register',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and get an access token',
        body: Credentials,
        response: { 201: Session, ...problemResponses(400, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  );
  api.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange email and password for an access token',
        body: Credentials,
        response: { 200: Session, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => auth.login(request.body),
  );
};

export const registerMeRoute = (app: FastifyInstance, auth: AuthService) => {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The authenticated user',
        security: BEARER_SECURITY,
        response: { 200: User, ...problemResponses(401) },
      },
    },
    async (request) => auth.me(request.userId),
  );
};
