import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** A Host header that is safe to repeat inside the policy (no `;`, `,` or spaces to smuggle directives). */
const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The app's own socket, spelled out: CSP Level 3 lets `'self'` cover ws:/wss: of the same host, but
 * older engines do not, and the app must reach its realtime endpoint everywhere.
 */
const sameHostSockets =
  (scheme: 'ws' | 'wss') =>
  (request: IncomingMessage): string => {
    const host = request.headers.host ?? '';
    return SAFE_HOST.test(host) ? `${scheme}://${host}` : "'self'";
  };

/**
 * The web app is a Vite bundle: scripts and styles come from /assets, nothing inline, so the policy
 * can refuse every inline script, every other origin, and framing (clickjacking). API answers get the
 * same headers; a JSON body has no use for any of it, and one policy is easier to reason about.
 */
const CONTENT_SECURITY_POLICY = {
  // Not helmet's defaults: they add `upgrade-insecure-requests`, which breaks the default setup (plain
  // http on one machine). Behind a TLS proxy, Strict-Transport-Security keeps browsers on https anyway.
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // React sets `style` through the CSSOM (element.style), which CSP allows; style attributes in
    // markup and <style> blocks are refused.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", sameHostSockets('ws'), sameHostSockets('wss')],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
} as const;

/**
 * Security headers on every response (helmet), and `Cache-Control: no-store` on API answers: they
 * carry a person's health data, which no shared cache or back/forward cache should keep.
 */
export const registerSecurityHeaders = (app: FastifyInstance) => {
  // Built once. (The Fastify wrapper of this library rebuilt it, CSP parsing included, for every
  // request: a tenth of the cost of a request to /healthz.)
  const applySecurityHeaders = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined));
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });
};
