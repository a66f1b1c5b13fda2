/**
 * Database failures that are the storage's condition, not the request's fault: the client should
 * retry later (503 with Retry-After), and the operator should hear about it (`/readyz`), rather than
 * see a 500. Drivers are recognised by the few fields they set: better-sqlite3's `code` is the SQLite
 * result code name, pg's `code` is the SQLSTATE or, for a connection that failed, Node's errno name.
 */
export type StorageFailureKind = 'busy' | 'full' | 'read_only' | 'unreachable';

export type StorageFailure = { kind: StorageFailureKind; retryAfterSeconds: number; detail: string };

const DETAIL: Record<StorageFailureKind, string> = {
  busy: 'The database is busy with another writer; retry shortly',
  full: 'The database has no space left; nothing already stored is lost; retry later',
  read_only: 'The database is read-only right now; nothing already stored is lost; retry later',
  unreachable: 'The database cannot be reached; retry later',
};

const RETRY_AFTER_SECONDS: Record<StorageFailureKind, number> = {
  busy: 1,
  full: 30,
  read_only: 30,
  unreachable: 5,
};

const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

const kindOfCode = (code: string): StorageFailureKind | null => {
  // SQLite, including extended codes such as SQLITE_BUSY_SNAPSHOT or SQLITE_READONLY_DBMOVED.
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy';
  if (code.startsWith('SQLITE_FULL')) return 'full';
  if (code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return 'unreachable';
  // PostgreSQL SQLSTATEs: 40001/40P01 serialization failure and deadlock are worth a retry;
  // 53xxx insufficient resources (53100 disk full); 25006 read-only transaction (a standby);
  // 08xxx connection exceptions; 57P01-57P03 shutdown or not accepting connections yet.
  if (code === '40001' || code === '40P01' || code === '55P03') return 'busy';
  if (code.startsWith('53')) return 'full';
  if (code === '25006') return 'read_only';
  if (code.startsWith('08') || /^57P0[1-3]$/.test(code)) return 'unreachable';
  if (CONNECTION_ERRNOS.has(code)) return 'unreachable';
  return null;
};

/** pg reports a pool that cannot get a connection, and one lost mid-query, without a code. */
const UNREACHABLE_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/i];

const kindOf = (error: Error): StorageFailureKind | null => {
  const code = (error as Error & { code?: unknown }).code;
  const byCode = typeof code === 'string' ? kindOfCode(code) : null;
  if (byCode) return byCode;
  return UNREACHABLE_MESSAGES.some((pattern) => pattern.test(error.message)) ? 'unreachable' : null;
};

/** The storage condition behind `error` (or one of its causes), or null when it is something else. */
export const classifyStorageError = (error: unknown): StorageFailure | null => {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const kind = kindOf(current);
    if (kind) return { kind, retryAfterSeconds: RETRY_AFTER_SECONDS[kind], detail: DETAIL[kind] };
    current = current.cause;
  }
  return null;
};

const NOT_READY: Record<StorageFailureKind, string> = {
  busy: 'storage is busy',
  full: 'storage is full',
  read_only: 'storage is read-only',
  unreachable: 'storage is unreachable',
};

/** The readiness reason for a failed storage check. */
export const storageNotReady = (error: unknown): string => {
  const kind = classifyStorageError(error)?.kind ?? 'unreachable';
  return `${NOT_READY[kind]}: ${error instanceof Error ? error.message : String(error)}`;
};
