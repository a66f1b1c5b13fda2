import { ApiError } from '@fitiq/client';
import type { PushSubscriptionBody } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { applicationServerKey } from './application-server-key.js';
import type { BrowserSubscription, PushBrowser, PushRecord, PushRecords, PushServer } from './push-ports.js';
import { checkPush, disablePush, enablePush, forgetPushOnSignOut, type PushDeps } from './push-setting.js';

// A P-256 point is 65 bytes; any 65 bytes do for a key the fakes only compare.
const SERVER_KEY = Buffer.alloc(65, 4).toString('base64url');
const OTHER_KEY = Buffer.alloc(65, 9).toString('base64url');

const subscription = (endpoint: string, key: string, onUnsubscribe: () => void): BrowserSubscription => ({
  endpoint,
  options: { applicationServerKey: applicationServerKey(key).buffer },
  toJSON: () => ({ endpoint, keys: { p256dh: 'p'.repeat(87), auth: 'a'.repeat(22) } }),
  unsubscribe: async () => {
    onUnsubscribe();
    return true;
  },
});

/** A browser, a server and the local record, each a few lines of state the test can read and set. */
const world = (setup: { permission?: NotificationPermission; answer?: NotificationPermission } = {}) => {
  const state = {
    permission: setup.permission ?? 'default',
    prompts: 0,
    browserSubscription: null as BrowserSubscription | null,
    subscribedWith: [] as string[],
    stored: new Map<string, PushSubscriptionBody>(),
    deleted: [] as string[],
    record: null as PushRecord | null,
  };
  let ids = 0;
  const browser: PushBrowser = {
    unsupported: () => null,
    permission: () => state.permission,
    requestPermission: async () => {
      state.prompts++;
      if (state.permission === 'default') state.permission = setup.answer ?? 'granted';
      return state.permission;
    },
    pushManager: async () => ({
      getSubscription: async () => state.browserSubscription,
      subscribe: async ({ applicationServerKey: key }) => {
        const endpoint = `https://push.example/${state.subscribedWith.length + 1}`;
        state.subscribedWith.push(Buffer.from(key).toString('base64url'));
        state.browserSubscription = subscription(endpoint, Buffer.from(key).toString('base64url'), () => {
          state.browserSubscription = null;
        });
        return state.browserSubscription;
      },
    }),
  };
  const server: PushServer = {
    pushKey: async () => SERVER_KEY,
    subscribePush: async (body) => {
      for (const [id, stored] of state.stored) if (stored.endpoint === body.endpoint) return id;
      const id = `sub-${++ids}`;
      state.stored.set(id, body);
      return id;
    },
    unsubscribePush: async (id) => {
      if (!state.stored.delete(id))
        throw new ApiError(404, {
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          detail: 'gone',
          code: 'not_found',
        });
      state.deleted.push(id);
    },
  };
  const records: PushRecords = {
    load: () => state.record,
    save: (record) => {
      state.record = record;
    },
    clear: () => {
      state.record = null;
    },
  };
  const deps: PushDeps = { browser, server, records };
  return { state, deps };
};

describe('"Notify me when a meal is ready"', () => {
  it('opening the settings asks nothing: off, and no permission prompt', async () => {
    const { state, deps } = world();
    expect(await checkPush(deps)).toEqual({ kind: 'off' });
    expect(state.prompts).toBe(0);
  });

  it("switching on asks, subscribes with the server's key and tells the server; the check then says on", async () => {
    const { state, deps } = world();
    expect(await enablePush(deps)).toEqual({ kind: 'on' });
    expect(state.prompts).toBe(1);
    expect(state.subscribedWith).toEqual([SERVER_KEY]);
    expect([...state.stored.values()].map((s) => s.endpoint)).toEqual(['https://push.example/1']);
    expect(state.record).toEqual({ id: 'sub-1', endpoint: 'https://push.example/1' });
    expect(await checkPush(deps)).toEqual({ kind: 'on' });
  });

  it('a refused prompt is blocked, a closed one dismissed; nothing is subscribed', async () => {
    const refused = world({ answer: 'denied' });
    expect(await enablePush(refused.deps)).toEqual({ kind: 'blocked', revoked: false });
    const closed = world({ answer: 'default' });
    expect(await enablePush(closed.deps)).toEqual({ kind: 'dismissed' });
    expect([refused.state.stored.size, closed.state.stored.size]).toEqual([0, 0]);
  });

  it('switching off deletes it on the server first, then unsubscribes the browser', async () => {
    const { state, deps } = world();
    await enablePush(deps);
    expect(await disablePush(deps)).toEqual({ kind: 'off' });
    expect(state.deleted).toEqual(['sub-1']);
    expect(state.browserSubscription).toBeNull();
    expect(state.record).toBeNull();
  });

  it('switching off a subscription the server already removed (a 410 from the push service) still ends off', async () => {
    const { state, deps } = world();
    await enablePush(deps);
    state.stored.clear();
    expect(await disablePush(deps)).toEqual({ kind: 'off' });
    expect(state.browserSubscription).toBeNull();
  });

  it('permission taken back in the browser settings shows as revoked', async () => {
    const { state, deps } = world();
    await enablePush(deps);
    state.permission = 'denied';
    expect(await checkPush(deps)).toEqual({ kind: 'blocked', revoked: true });
  });

  it('a subscription the browser dropped shows as expired; switching on again replaces the old one on the server', async () => {
    const { state, deps } = world();
    await enablePush(deps);
    state.browserSubscription = null;
    expect(await checkPush(deps)).toEqual({ kind: 'expired' });
    expect(await enablePush(deps)).toEqual({ kind: 'on' });
    expect([...state.stored.keys()]).toEqual(['sub-2']);
    expect(state.deleted).toEqual(['sub-1']);
  });

  it('a subscription the push service replaced (pushsubscriptionchange) is told to the server at the next check', async () => {
    const { state, deps } = world();
    await enablePush(deps);
    state.browserSubscription = subscription('https://push.example/renewed', SERVER_KEY, () => {});
    expect(await checkPush(deps)).toEqual({ kind: 'on' });
    expect(state.record).toEqual({ id: 'sub-2', endpoint: 'https://push.example/renewed' });
    expect([...state.stored.keys()]).toEqual(['sub-2']);
  });

  it('a subscription made with another server key is replaced: the server could not push to it', async () => {
    const { state, deps } = world({ permission: 'granted' });
    state.browserSubscription = subscription('https://push.example/old-key', OTHER_KEY, () => {
      state.browserSubscription = null;
    });
    expect(await enablePush(deps)).toEqual({ kind: 'on' });
    expect(state.subscribedWith).toEqual([SERVER_KEY]);
    expect(state.record?.endpoint).toBe('https://push.example/1');
  });

  it("signing out: the server stops pushing this user's meals here; the browser keeps its subscription", async () => {
    const { state, deps } = world();
    await enablePush(deps);
    await forgetPushOnSignOut(deps);
    expect(state.deleted).toEqual(['sub-1']);
    expect(state.record).toBeNull();
    expect(state.browserSubscription).not.toBeNull();
    expect(await checkPush(deps)).toEqual({ kind: 'off' });
  });
});
