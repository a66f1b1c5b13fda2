import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web app at `/`. Paths the app routes itself (/day/2026-03-10, /health) get
 * index.html; API paths and anything that is not a page request keep their problem+json 404.
 */
export const registerWebApp = async (app: FastifyInstance, webDir: string | null): Promise<boolean> => {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Hashed asset names change with their content, so they may be cached for good. Everything else
    // keeps its name across builds (index.html, sw.js, the manifest and its icons) and is revalidated,
    // or an installed app would keep an old manifest for a year.
    setHeaders: (res, path) => {
      const hashed = relative(webDir, path).startsWith(`assets${sep}`);
      res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
};

export const isPageRequest = (request: FastifyRequest): boolean =>
  request.method === 'GET' &&
  !request.url.startsWith('/api/') &&
  (request.headers.accept ?? '').includes('text/html');

export const sendAppShell = (reply: FastifyReply) =>
  reply.type('text/html; charset=utf-8').sendFile('index.html');
