import type { PushSubscriptionBody } from '@fitiq/contract';

/** What the setting needs of the server (the SDK's API client has these methods). */
export type PushServer = {
  pushKey(): Promise<string>;
  subscribePush(subscription: PushSubscriptionBody): Promise<string>;
  unsubscribePush(id: string): Promise<void>;
};

/** The parts of a PushSubscription the setting uses. */
export type BrowserSubscription = {
  readonly endpoint: string;
  readonly options: { readonly applicationServerKey: ArrayBuffer | null };
  toJSON(): PushSubscriptionJSON;
  unsubscribe(): Promise<boolean>;
};

export type BrowserPushManager = {
  getSubscription(): Promise<BrowserSubscription | null>;
  subscribe(options: {
    userVisibleOnly: true;
    applicationServerKey: Uint8Array<ArrayBuffer>;
  }): Promise<BrowserSubscription>;
};

/** Why this browser cannot be notified: no Web Push at all, or iOS before the app is on the Home Screen. */
export type Unsupported = 'browser' | 'install';

/** What the setting needs of the browser: the permission, the service worker's push manager. */
export type PushBrowser = {
  unsupported(): Unsupported | null;
  permission(): NotificationPermission;
  /** Asks the person. Must be called while handling their tap: browsers refuse a prompt at any other time. */
  requestPermission(): Promise<NotificationPermission>;
  /** The service worker's push manager; null when no worker runs this page (a development build). */
  pushManager(): Promise<BrowserPushManager | null>;
};

/** What this browser told the server, per user: the subscription's id there and its endpoint. */
export type PushRecord = { id: string; endpoint: string };

export type PushRecords = {
  load(): PushRecord | null;
  save(record: PushRecord): void;
  clear(): void;
};
