import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createNodeClient, nodeWebSocket } from './node.js';
import { startFaultProxy } from './testing/fault-proxy.js';
import { createHarness, FAST_TIMING, stateReached } from './testing/harness.js';
import type { WebSocketConstructor } from './transports/websocket-like.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** The WebSocket the running Node has built in (22 and later), or undefined (20). */
const builtIn = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;

describe('the Node entry picks the WebSocket of the running Node', () => {
  it('a Node with a built-in WebSocket gets it; one without (Node 20) gets ws', () => {
    const Native = class {} as unknown as WebSocketConstructor;
    expect(nodeWebSocket(Native)).toBe(Native);
    expect(nodeWebSocket(null)).toBe(WebSocket);
    expect(nodeWebSocket()).toBe(builtIn ?? WebSocket);
  });

  it('createNodeClient goes live over that WebSocket and receives the completion of a meal', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const client = createNodeClient({
      baseUrl: server.url,
      token,
      timing: FAST_TIMING,
      platformSignals: false,
    });
    harness.onCleanup(() => client.close());
    await client.start();
    await stateReached(client, 'live');
    expect(client.connection.state.transport).toBe('websocket');

    const done = await client.settled((await client.log('a banana')).key);
    expect(done.status).toBe('completed');
    expect(client.diagnostics.snapshot().transports.websocket.events).toBe(2);
  });

  it('a proxy refuses the upgrade: the Node client still falls back to SSE and delivers', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await startFaultProxy(server.url);
    harness.onCleanup(() => proxy.close());
    proxy.set({ refuseUpgrades: true });
    const client = harness.client({ baseUrl: proxy.url, token, WebSocket: nodeWebSocket() });
    await client.start();
    await stateReached(client, 'fallback');
    expect(client.connection.state.transport).toBe('sse');

    const done = await client.settled((await client.log('an apple')).key);
    expect(done.status).toBe('completed');
    expect(client.diagnostics.snapshot().transports.websocket.lives).toBe(0);
  });
});
