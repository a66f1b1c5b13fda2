/**
 * Node entry of the SDK: everything of `@fitiq/client`, plus file storage and `createNodeClient`,
 * which passes `ws` as the WebSocket (Node 20 has no global one).
 */
import WebSocket from 'ws';
import { FitIQClient } from './client.js';
import type { FitIQClientOptions } from './client-options.js';

export * from './index.js';
export { fileStorage } from './storage/file-storage.js';
export { makeDirectory } from './storage/make-directory.js';

export const createNodeClient = (options: FitIQClientOptions): FitIQClient =>
  new FitIQClient({ WebSocket, ...options });
