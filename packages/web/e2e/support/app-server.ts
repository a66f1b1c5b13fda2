import { type FaultProxy, startFaultProxy } from '@fitiq/client/testing';
import type { MealLog } from '@fitiq/contract';
import { request, startTestServer, testConfig } from '@fitiq/server/testing';
import { DIST_DIR } from './build.js';
import { HeldParser } from './test-parser.js';

export type AppServer = {
  /** Where the browser opens the app: the proxy when there is one, else the server itself. */
  url: string;
  /** The server itself, for the test's own API calls (never through the proxy's faults). */
  serverUrl: string;
  parser: HeldParser;
  proxy: FaultProxy | null;
  close(): Promise<void>;
};

/** The real server, serving the built app, with the real parser behind a gate; optionally behind the fault proxy. */
export const startAppServer = async (
  options: {
    proxy?: boolean;
    config?: Parameters<typeof testConfig>[0];
    /** FITIQ_* variables, for settings read from the environment (FITIQ_PUSH_HOSTS). */
    env?: Record<string, string>;
  } = {},
): Promise<AppServer> => {
  const parser = new HeldParser();
  const server = await startTestServer({
    parser,
    config: testConfig({ webDir: DIST_DIR, ...options.config }, options.env),
  });
  const proxy = options.proxy ? await startFaultProxy(server.url) : null;
  return {
    url: proxy?.url ?? server.url,
    serverUrl: server.url,
    parser,
    proxy,
    close: async () => {
      parser.release();
      await proxy?.close();
      await server.close();
    },
  };
};

/** The user's meals on the server for a day (UTC unless told), straight from the API. */
export const serverMeals = async (
  serverUrl: string,
  token: string,
  date: string,
  tz = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<MealLog[]> => {
  const answer = await request<{ meal_logs: MealLog[] }>(
    serverUrl,
    'GET',
    `/api/v1/meal-logs?date=${date}&tz=${encodeURIComponent(tz)}`,
    { token },
  );
  if (answer.status !== 200) throw new Error(`GET /meal-logs answered ${answer.status}`);
  return answer.body.meal_logs;
};
