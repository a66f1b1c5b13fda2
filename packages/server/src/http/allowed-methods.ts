import type { FastifyInstance } from 'fastify';

type RoutePath = { segments: string[]; methods: Set<string> };

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

/** `/api/v1/meal-logs/:id` takes `/api/v1/meal-logs/<any one segment>` (with or without a final slash). */
const matches = (route: string[], path: string[]): boolean =>
  route.length === path.length && route.every((segment, i) => segment.startsWith(':') || segment === path[i]);

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
    const entry = paths.get(route.url) ?? { segments: segmentsOf(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    paths.set(route.url, entry);
  });
  /** The methods `path` takes, in a stable order; empty when no route has that path. */
  return (path: string): string[] => {
    const requested = segmentsOf(path);
    const methods = new Set<string>();
    for (const entry of paths.values()) {
      if (matches(entry.segments, requested)) for (const method of entry.methods) methods.add(method);
    }
    return [...methods].sort();
  };
};
