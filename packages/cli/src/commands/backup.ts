import { backupSqliteDatabase } from '@fitiq/server';
import { asCliError, configuredSqliteFile, formatBytes, formatCounts } from './sqlite-file.js';

const formatDuration = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

export type BackupOptions = { force?: boolean };

/**
 * `fitiq backup <file>`: a consistent copy of the SQLite database, taken while the server runs and
 * writes (the server needs no pause and no signal).
 */
export const backupCommand = async (target: string, options: BackupOptions): Promise<void> => {
  const database = configuredSqliteFile('backup');
  try {
    const result = backupSqliteDatabase(database, target, { force: options.force ?? false });
    console.log(
      `fitiq: backed up ${database} to ${result.file}: ${formatBytes(result.bytes)}, ` +
        `${formatCounts(result)}, in ${formatDuration(result.durationMs)}`,
    );
  } catch (error) {
    throw asCliError(error);
  }
};
