import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { CloseCode, MAX_FRAME_BYTES } from '@fitiq/contract';
import { type ServerOptions, WebSocketServer } from 'ws';
import { type Revocations, revokes } from '../auth/revocations.js';
import type { OriginPolicy } from '../http/origin-policy.js';
import type { ConnectionLimits } from './connection-limits.js';
import { ConnectionRegistry } from './connection-registry.js';
import { HeartbeatWheel } from './heartbeat-wheel.js';
import { checkUpgrade, refuseUpgrade } from './upgrade-guard.js';
import { type ConnectionDeps, WsConnection } from './ws-connection.js';

export const REALTIME_PATH = '/api/v1/realtime';

/** Sessions of open sockets read back per turn of the event loop when they are checked for revocation. */
const SESSIONS_PER_SLICE = 500;

/**
 * Accepts WebSocket upgrades on the realtime path and owns the node's sockets: the heartbeat (one
 * timer for all sockets, spread over the interval), closing a revoked session's sockets with 4001,
 * and closing them all with 1001 on shutdown.
 */
/** Checked before the handshake: which pages may connect, and how many connections the node holds. */
export type GatewayLimits = { origins: OriginPolicy; limits: ConnectionLimits };

export const createWsGateway = (
  server: Server,
  {
    origins,
    limits,
    ...deps
  }: Omit<ConnectionDeps, 'registry'> & GatewayLimits & { revocations: Revocations },
) => {
  const registry = new ConnectionRegistry<WsConnection>(limits);
  // `closeTimeout` is in ws 8.23, not yet in its type definitions.
  const options: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    // Frames up to 4x the limit are read so the client gets an error frame before 1009; larger ones
    // are cut off by ws itself with 1009, without reading them into memory.
    maxPayload: 4 * MAX_FRAME_BYTES,
    perMessageDeflate: false,
    clientTracking: false,
    // Checked by the connection instead, to answer with an error frame and 4400 like any malformed frame.
    skipUTF8Validation: true,
    // A peer that never answers our close (a hello that never came, a client that stopped reading)
    // would hold its socket, and its place under FITIQ_MAX_SOCKETS, for ws's default of 30 s.
    closeTimeout: deps.settings.closeTimeoutMs,
  };
  const wss = new WebSocketServer(options);
  let accepting = true;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = checkUpgrade(request, {
      path: REALTIME_PATH,
      accepting,
      origins,
      nodeFull: limits.nodeFull,
    });
    if (refusal) return refuseUpgrade(socket, refusal);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new WsConnection(ws, { ...deps, registry });
      registry.track(connection);
      heartbeat.add(connection);
      ws.once('close', () => {
        registry.untrack(connection);
        heartbeat.remove(connection);
      });
    });
  };
  server.on('upgrade', onUpgrade);

  // Revoked on this node: its sockets close at once.
  const stopRevocations = deps.revocations.on((revocation) => {
    for (const connection of [...registry.connections]) {
      const { userId, sessionId } = connection;
      if (userId && sessionId && revokes(revocation, userId, sessionId)) connection.endSession();
    }
  });

  // Revoked on another node: this one learns it from storage, once per heartbeat for all its sockets,
  // a slice at a time: 5,000 sessions read at once held the event loop for 6-9 ms, and every event
  // being delivered meanwhile waited.
  let checking = false;
  const recheckSessions = async () => {
    const live = [...registry.connections].filter((c) => c.isLive && c.sessionId !== null);
    if (checking || live.length === 0) return;
    checking = true;
    try {
      const sessionIds = [...new Set(live.map((c) => c.sessionId as string))];
      const active = new Set<string>();
      for (let i = 0; i < sessionIds.length; i += SESSIONS_PER_SLICE) {
        if (i > 0) await setImmediate();
        const slice = sessionIds.slice(i, i + SESSIONS_PER_SLICE);
        for (const id of await deps.sessions.activeAmong(slice)) active.add(id);
      }
      for (const connection of live) if (!active.has(connection.sessionId as string)) connection.endSession();
    } catch (error) {
      deps.log.warn(
        { err: error },
        'checking the sessions of open sockets failed; trying again next heartbeat',
      );
    } finally {
      checking = false;
    }
  };

  const heartbeat = new HeartbeatWheel<WsConnection>(
    deps.settings.heartbeatMs,
    (connection, now) => connection.heartbeat(now),
    () => void recheckSessions(),
  );
  heartbeat.start();

  return {
    /** Refuses new sockets and closes the open ones with 1001: clients reconnect elsewhere and resume. */
    shutdown(): void {
      accepting = false;
      heartbeat.stop();
      stopRevocations();
      server.off('upgrade', onUpgrade);
      for (const connection of [...registry.connections])
        connection.close(CloseCode.goingAway, 'server shutting down');
      wss.close();
    },
  };
};

export type WsGateway = ReturnType<typeof createWsGateway>;
