import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, MAX_FRAME_BYTES } from '@fitiq/contract';
import { WebSocketServer } from 'ws';
import type { OriginPolicy } from '../http/origin-policy.js';
import { ConnectionRegistry } from './connection-registry.js';
import { checkUpgrade, refuseUpgrade } from './upgrade-guard.js';
import { type ConnectionDeps, WsConnection } from './ws-connection.js';

export const REALTIME_PATH = '/api/v1/realtime';

/**
 * Accepts WebSocket upgrades on the realtime path and owns the node's sockets: the shared heartbeat
 * tick (one timer for all sockets, not one each) and closing them all with 1001 on shutdown.
 */
/** Checked before the handshake: which pages may connect, and how many sockets the node holds. */
export type GatewayLimits = { origins: OriginPolicy; maxSockets: number };

export const createWsGateway = (
  server: Server,
  { origins, maxSockets, ...deps }: Omit<ConnectionDeps, 'registry'> & GatewayLimits,
) => {
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
    const refusal = checkUpgrade(request, {
      path: REALTIME_PATH,
      accepting,
      origins,
      openSockets: registry.size,
      maxSockets,
    });
    if (refusal) return refuseUpgrade(socket, refusal);
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
