import type { FastifyInstance } from 'fastify';

type RoutePath = { pattern: RegExp; methods: Set<string> };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/v1/meal-logs/:id` matches `/api/v1/meal-logs/<any one segment>`. */
const patternFor = (url: string): RegExp =>
  new RegExp(
    `^${url
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
      .join('/')}/?$`,
  );

/**
 * The methods every route path takes, recorded as routes are added, so that a request with a method
 * its path does not take answers 405 with `Allow` (RFC 9110 §15.5.6), where Fastify's router alone
 * would answer 404 as if the path did not exist. Wildcard routes (the web app's files) are left out:
 * they would make every path "exist".
 */
export const trackAllowedMethods = (app: FastifyInstance) => {
  const paths = new Map<string, RoutePath>();
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const entry = paths.get(route.url) ?? { pattern: patternFor(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    paths.set(route.url, entry);
  });
  /** The methods `path` takes, in a stable order; empty when no route has that path. */
  return (path: string): string[] => {
    const methods = new Set<string>();
    for (const entry of paths.values()) {
      if (entry.pattern.test(path)) for (const method of entry.methods) methods.add(method);
    }
    return [...methods].sort();
  };
};
