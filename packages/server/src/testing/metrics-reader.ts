import { request } from './http-client.js';

/** One sample of the server's /metrics, by its full name with labels; 0 when it is not there yet. */
export const readMetric = async (baseUrl: string, name: string): Promise<number> => {
  const text = (await request<string>(baseUrl, 'GET', '/metrics')).body;
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ').pop() ?? 0);
};

/** Reads the sample until it has the value wanted (the server's state, not a delay, ends the wait). */
export const waitForMetric = async (baseUrl: string, name: string, value: number): Promise<void> => {
  while ((await readMetric(baseUrl, name)) !== value) {
    // Each read is a request of its own: the server moves on meanwhile.
  }
};
