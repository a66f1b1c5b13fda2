import type { TransportHandlers } from '../transports/transport.js';
import { webSocketTransport } from '../transports/websocket-transport.js';
import { FakeWebSocket } from './fake-websocket.js';

/**
 * The SDK's WebSocket transport on a fake socket, with a connect timeout no test reaches: the test
 * plays the server through the returned socket and watches what reaches `handlers`.
 */
export const openOnFakeSocket = (handlers: TransportHandlers) => {
  const transport = webSocketTransport({
    baseUrl: 'http://fitiq.test',
    WebSocket: FakeWebSocket,
    connectTimeoutMs: 60_000,
  })({ cursor: () => 0, token: 'token', hidden: () => false, handlers });
  return { transport, socket: FakeWebSocket.last };
};
