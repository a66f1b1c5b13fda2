/** Why a backup or a restore of the SQLite file did not happen; each says what to do in its message. */
export type SqliteFileFailure =
  /** A server, `fitiq migrate` or a backup has the database open (restore), or a restore is running. */
  | 'in_use'
  /** The database to back up does not exist. */
  | 'no_database'
  /** The backup's target exists and replacing it was not asked for. */
  | 'target_exists'
  /** The file to restore from does not exist. */
  | 'missing_file'
  /** The file to restore from is not a SQLite database at all. */
  | 'not_sqlite'
  /** The file is a SQLite database whose integrity check fails. */
  | 'corrupt'
  /** A SQLite database, but not one FitIQ made. */
  | 'not_fitiq'
  /** A FitIQ database with migrations this program does not know: a newer version wrote it. */
  | 'newer_schema'
  /** The source and the destination are the same file. */
  | 'same_file';

export class SqliteFileError extends Error {
  constructor(
    readonly failure: SqliteFileFailure,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'SqliteFileError';
  }
}
