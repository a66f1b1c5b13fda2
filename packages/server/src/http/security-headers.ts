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
 * What a JSON answer needs (the API, and /healthz, /readyz, /metrics): not to be sniffed into
 * something executable, framed, cached or leaked through a referrer. Fixed strings, set in a few
 * microseconds; helmet's whole set, built for documents, cost a tenth of a /healthz request.
 */
const API_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=31536000; includeSubDomains'],
];

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

const isApi = (url: string) => url.startsWith('/api/') || OPS_PATHS.has(url.split('?', 1)[0] ?? url);

/**
 * Security headers on every response: the app's documents get helmet's full set with the strict CSP
 * above; JSON answers get the short set, and API answers `Cache-Control: no-store` as well: they
 * carry a person's health data, which no shared cache or back/forward cache should keep. Headers go
 * on the raw response, so routes that write it themselves (SSE) carry them too; a route that sets
 * its own Cache-Control overrides this one.
 */
export const registerSecurityHeaders = (app: FastifyInstance) => {
  const applyDocumentHeaders = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!isApi(request.url)) {
      applyDocumentHeaders(request.raw, reply.raw, (error) =>
        done(error instanceof Error ? error : undefined),
      );
      return;
    }
    for (const [name, value] of API_HEADERS) reply.raw.setHeader(name, value);
    if (request.url.startsWith('/api/')) reply.raw.setHeader('cache-control', 'no-store');
    done();
  });
};
