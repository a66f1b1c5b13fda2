/**
 * The page the browser test loads: the SDK's browser build (global WebSocket, fetch, IndexedDB), driven
 * from the test through `window.fitiq`.
 */
import { FitIQClient } from '../client.js';
import { indexedDbStorage } from '../storage/indexeddb-storage.js';

const DATABASE = 'fitiq-browser-test';
const timing = { backoff: { baseMs: 50, maxMs: 400 }, outboxBackoff: { baseMs: 50, maxMs: 400 } };

const page = {
  /** Logs a meal with the server out of reach: it can only go to the IndexedDB outbox. */
  async logOffline(token: string, text: string) {
    const client = new FitIQClient({
      baseUrl: 'http://127.0.0.1:9',
      token,
      storage: indexedDbStorage(DATABASE),
      day: { tz: 'UTC' },
      timing,
    });
    await client.start();
    const local = await client.log(text);
    await client.close();
    return { key: local.key, status: local.status };
  },

  /** A fresh page (after reload): the outbox from IndexedDB is uploaded and the result arrives over the WebSocket. */
  async resume(token: string, key: string) {
    const storage = indexedDbStorage(DATABASE);
    const pendingBefore = (await storage.entries('outbox:')).length;
    const client = new FitIQClient({ baseUrl: location.origin, token, storage, day: { tz: 'UTC' }, timing });
    const states: string[] = [];
    client.on('state', ({ newState }) => states.push(newState.state));
    await client.start();
    const done = await client.settled(key);
    await new Promise<void>((resolve) => {
      if (client.connection.state.state === 'live') return resolve();
      client.on('state', ({ newState }) => newState.state === 'live' && resolve());
      setTimeout(resolve, 10_000);
    });
    const live = client.connection.state;
    // Now live: a second meal's processing can only reach the page over the WebSocket.
    const second = await client.settled((await client.log('a banana')).key);
    const stats = client.diagnostics.snapshot();
    // The stream can show the result before the POST's answer arrived; let the outbox finish.
    while (client.outbox.records.length > 0)
      await new Promise((resolve) => client.outbox.on('change', resolve));
    await client.close();
    return {
      pendingBefore,
      pendingAfter: (await indexedDbStorage(DATABASE).entries('outbox:')).length,
      status: done.status,
      calories: done.totals?.calories ?? null,
      key: done.key,
      states,
      state: live.state,
      transport: live.transport,
      secondStatus: second.status,
      websocketEvents: stats.transports.websocket.events,
      meals: client.store.getSnapshot().meals.length,
    };
  },
};

(globalThis as unknown as { fitiq: typeof page }).fitiq = page;
export type BrowserPage = typeof page;
