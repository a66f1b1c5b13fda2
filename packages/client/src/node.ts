/**
 * Node entry of the SDK: everything of `@fitiq/client`, plus file storage and `createNodeClient`,
 * which uses Node's own WebSocket where it has one (22 and later) and `ws` on Node 20, which has none.
 */
import WebSocket from 'ws';
import { FitIQClient } from './client.js';
import type { FitIQClientOptions } from './client-options.js';
import type { WebSocketConstructor } from './transports/websocket-like.js';

export * from './index.js';
export { fileStorage } from './storage/file-storage.js';
export { makeDirectory } from './storage/make-directory.js';

/**
 * The built-in WebSocket when the running Node has one, else `ws`. The built-in one behaves like a
 * browser's: a refused upgrade does not say its status, so the connection's failure count decides
 * when to fall back (as in browsers), and a silent socket is closed rather than terminated.
 */
export const nodeWebSocket = (
  builtIn: WebSocketConstructor | null = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket ??
    null,
): WebSocketConstructor => builtIn ?? WebSocket;

export const createNodeClient = (options: FitIQClientOptions): FitIQClient =>
  new FitIQClient({ WebSocket: nodeWebSocket(), ...options });
