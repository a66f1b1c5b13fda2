import { redactDatabaseUrl } from '../storage/database-url.js';

/** What kept the server from starting: its storage, its data folder, or its address. */
export type StartupFailure = 'storage' | 'data_dir' | 'listen';

/**
 * Why the server could not start, in words for the person who ran it (`fitiq serve` prints the
 * message on one line and exits 1). The original error is kept as `cause` for logs and debuggers.
 */
export class StartupError extends Error {
  constructor(
    readonly failure: StartupFailure,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const storageFailure = (error: unknown, databaseUrl: string): StartupError =>
  new StartupError(
    'storage',
    `cannot use the database at ${redactDatabaseUrl(databaseUrl)}: ${messageOf(error)}`,
    { cause: error },
  );

export const dataDirFailure = (error: unknown, dataDir: string): StartupError =>
  new StartupError(
    'data_dir',
    `cannot keep the token signing secret in ${dataDir}: ${messageOf(error)} (set FITIQ_DATA_DIR to a writable folder, or FITIQ_JWT_SECRET)`,
    { cause: error },
  );

/** The listening socket's errors people meet, said with what to change. */
export const listenFailure = (error: unknown, host: string, port: number): StartupError => {
  const address = `${host}:${port}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'EADDRINUSE'
      ? `${address} is already in use (is FitIQ already running?); set PORT to serve on another port`
      : code === 'EACCES'
        ? `no permission to listen on ${address} (ports below 1024 need privileges); set PORT`
        : code === 'EADDRNOTAVAIL'
          ? `${host} is not an address of this machine; set HOST`
          : `cannot listen on ${address}: ${messageOf(error)}`;
  return new StartupError('listen', message, { cause: error });
};
