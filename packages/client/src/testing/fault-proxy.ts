import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

export type Faults = {
  /** Nothing is forwarded either way and nothing is closed: connections stay open and silent (half-open). */
  blackhole: boolean;
  /** Added to every chunk, both ways. */
  delayMs: number;
  /** A WebSocket upgrade request is answered 403 by the "proxy"; plain HTTP passes. */
  refuseUpgrades: boolean;
  /** New connections are closed at once (a server or route that is gone). */
  refuseConnections: boolean;
  /**
   * Requests whose first line matches get forwarded, but their response is swallowed and the client's
   * connection dropped: the server did the work, the client never hears of it.
   */
  loseResponses: RegExp | null;
  /** Requests whose first line matches are answered 404 by the "proxy" (a route it does not pass). */
  refuseRequests: RegExp | null;
};

const NO_FAULTS: Faults = {
  blackhole: false,
  delayMs: 0,
  refuseUpgrades: false,
  refuseConnections: false,
  loseResponses: null,
  refuseRequests: null,
};

const UPGRADE = /^upgrade:\s*websocket\s*$/im;
const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/1\.1\r\n/;
const FORBIDDEN = 'HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n';

/** A chunk that starts a request asking for a WebSocket upgrade (tests' requests fit in one chunk). */
const isUpgradeRequest = (chunk: Buffer): boolean => {
  const head = chunk.toString('latin1', 0, 2_048);
  return REQUEST_LINE.test(head) && UPGRADE.test(head);
};

export type FaultProxy = {
  /** `http://127.0.0.1:<port>`: give it to the SDK as its base URL. */
  url: string;
  port: number;
  /** Sets the faults in force from now on (those not named go back to none). */
  set(faults: Partial<Faults>): void;
  /** Destroys every open connection, both sides (a network switch). */
  dropAll(): void;
  /** How many client connections are open. */
  readonly open: number;
  /** How many responses were swallowed by `loseResponses`. */
  readonly lost: number;
  close(): Promise<void>;
};

type Pair = { client: Socket; upstream: Socket; dropResponse: boolean };

/**
 * A TCP proxy for tests that injects the faults real networks have. It sits between the SDK and the
 * real server and knows just enough HTTP to recognise a WebSocket upgrade and a request line in the
 * first bytes of a chunk (tests send small requests, each in one chunk). 127.0.0.1 only.
 */
export const startFaultProxy = async (target: string): Promise<FaultProxy> => {
  const { hostname, port: targetPort } = new URL(target);
  let faults: Faults = { ...NO_FAULTS };
  let lost = 0;
  const pairs = new Set<Pair>();

  const forward = (from: Socket, to: Socket, pair: Pair, direction: 'up' | 'down') => {
    // Bytes leave in the order they came even when the delay changes under them (TCP never
    // reorders): each chunk waits for its own due time and for the chunks before it.
    let queued = 0;
    let tail = Promise.resolve();
    const send = (chunk: Buffer) => {
      if (faults.delayMs <= 0 && queued === 0) {
        if (to.writable) to.write(chunk);
        return;
      }
      const due = Date.now() + faults.delayMs;
      queued++;
      tail = tail
        .then(() => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()))))
        .then(() => {
          queued--;
          if (to.writable) to.write(chunk);
        });
    };
    from.on('data', (chunk: Buffer) => {
      if (faults.blackhole) return;
      const requestLine = direction === 'up' ? chunk.toString('latin1', 0, 200) : '';
      // Every request is looked at, not just a connection's first: an HTTP client keeps connections
      // alive, and Node's built-in WebSocket sends its upgrade on one a fetch already used.
      if (faults.refuseUpgrades && direction === 'up' && isUpgradeRequest(chunk)) {
        pair.client.end(FORBIDDEN, () => pair.upstream.destroy());
        return;
      }
      if (faults.refuseRequests?.test(requestLine)) {
        const notFound = 'HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n';
        pair.client.end(notFound, () => pair.upstream.destroy());
        return;
      }
      if (faults.loseResponses?.test(requestLine)) pair.dropResponse = true;
      if (direction === 'down' && pair.dropResponse) {
        lost++;
        pair.client.destroy();
        pair.upstream.destroy();
        return;
      }
      send(chunk);
    });
  };

  const server: Server = createServer((client) => {
    if (faults.refuseConnections) {
      client.destroy();
      return;
    }
    client.once('data', (first: Buffer) => {
      if (faults.refuseUpgrades && isUpgradeRequest(first)) {
        client.end(FORBIDDEN);
        return;
      }
      const upstream = tcpConnect(Number(targetPort), hostname);
      const pair: Pair = { client, upstream, dropResponse: false };
      pairs.add(pair);
      const end = () => {
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', end);
      // A black hole passes nothing, not even the server hanging up: the client's side stays open.
      upstream.on('close', () => {
        if (!faults.blackhole) end();
      });
      client.on('close', end);
      forward(client, upstream, pair, 'up');
      forward(upstream, client, pair, 'down');
      client.emit('data', first);
    });
    client.on('error', () => client.destroy());
  });
  const dropAll = () => {
    for (const pair of [...pairs]) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    pairs.clear();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    set(next) {
      faults = { ...NO_FAULTS, ...next };
    },
    dropAll,
    get open() {
      return pairs.size;
    },
    get lost() {
      return lost;
    },
    close() {
      dropAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
