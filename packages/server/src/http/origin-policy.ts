import type { IncomingHttpHeaders } from 'node:http';

/**
 * Which browser origins may use the API and open sockets. Browsers attach `Origin` to every
 * cross-site request and to every WebSocket upgrade, and a page cannot forge it: checking it is what
 * stops another site from riding a user's connection (cross-site WebSocket hijacking) or reading the
 * API's answers. Clients that are not browsers (the CLI, native apps) send no Origin and are allowed:
 * they hold their own token and are no confused deputy.
 */
export type OriginPolicy = {
  /** Whether a request with these headers may proceed; `origin` is the header, missing for non-browsers. */
  allows(headers: IncomingHttpHeaders): boolean;
  /** Whether this origin is in the configured allowlist (`FITIQ_ALLOWED_ORIGINS`). */
  lists(origin: string): boolean;
};

/** `host[:port]` of an origin, or null when it is not one (`null`, garbage). */
const hostOf = (origin: string): string | null => {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.host;
  } catch {
    return null;
  }
};

export const createOriginPolicy = (allowedOrigins: readonly string[]): OriginPolicy => {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return {
    lists: (origin) => allowed.has(origin.toLowerCase()),
    allows(headers) {
      const origin = headers.origin;
      if (origin === undefined) return true;
      if (allowed.has(origin.toLowerCase())) return true;
      // Same origin: the page was served by this host. The scheme is not compared, as a TLS proxy in
      // front makes the page https while this server speaks http; the Host header is what the browser
      // connected to, so a proxy must pass it through (or the public origin goes in the allowlist).
      const host = headers.host?.toLowerCase();
      return host !== undefined && hostOf(origin) === host;
    },
  };
};
