import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, MAX_FRAME_BYTES } from '@fitiq/contract';
import { WebSocketServer } from 'ws';
import { ConnectionRegistry } from './connection-registry.js';
import { type ConnectionDeps, WsConnection } from './ws-connection.js';

export const REALTIME_PATH = '/api/v1/realtime';

/**
 * Accepts WebSocket upgrades on the realtime path and owns the node's sockets: the shared heartbeat
 * tick (one timer for all sockets, not one each) and closing them all with 1001 on shutdown.
 */
export const createWsGateway = (server: Server, deps: Omit<ConnectionDeps, 'registry'>) => {
  const registry = new ConnectionRegistry<WsConnection>(deps.settings.maxConnectionsPerUser);
  // Frames up to 4x the limit are read so the client gets an error frame before 1009; larger ones are
  // cut off by ws itself with 1009, without reading them into memory.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4 * MAX_FRAME_BYTES,
    perMessageDeflate: false,
    clientTracking: false,
    // Checked by the connection instead, to answer with an error frame and 4400 like any malformed frame.
    skipUTF8Validation: true,
  });
  let accepting = true;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== REALTIME_PATH || !accepting) {
      const status = accepting ? '404 Not Found' : '503 Service Unavailable';
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new WsConnection(ws, { ...deps, registry });
      registry.track(connection);
      ws.once('close', () => registry.untrack(connection));
    });
  };
  server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const connection of registry.connections) connection.heartbeat(now);
  }, deps.settings.heartbeatMs);
  heartbeat.unref();

  return {
    get size() {
      return registry.size;
    },
    /** Refuses new sockets and closes the open ones with 1001: clients reconnect elsewhere and resume. */
    shutdown(): void {
      accepting = false;
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const connection of [...registry.connections])
        connection.close(CloseCode.goingAway, 'server shutting down');
      wss.close();
    },
  };
};

export type WsGateway = ReturnType<typeof createWsGateway>;
