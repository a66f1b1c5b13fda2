import { createServer } from 'node:net';

/**
 * A port free right now on 127.0.0.1. The API node keeps it across restarts: the clients' fault
 * proxies point at it and must not need to know the server was replaced.
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
