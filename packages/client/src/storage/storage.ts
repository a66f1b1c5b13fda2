/**
 * Where the SDK keeps what must survive a restart: the outbox and the stream cursor. Values are
 * JSON-compatible. Adapters: memory (tests, short-lived scripts), IndexedDB (browsers), files (Node,
 * from `@fitiq/client/node`). Use one storage per account, or `clear()` it on logout.
 */
export type ClientStorage = {
  get<T>(key: string): Promise<T | undefined>;
  /** Resolves once the value is durable (as durable as the adapter can make it). */
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every entry whose key starts with `prefix`, in key order. */
  entries<T>(prefix: string): Promise<Array<[string, T]>>;
  clear(): Promise<void>;
  close?(): Promise<void>;
};
