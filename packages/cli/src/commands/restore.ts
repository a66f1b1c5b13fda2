import { restoreSqliteDatabase } from '@fitiq/server';
import { asCliError, configuredSqliteFile, formatBytes, formatCounts } from './sqlite-file.js';

/**
 * `fitiq restore <file>`: the SQLite database replaced by a backup, with every server stopped. The
 * next `fitiq serve` brings it up to this version's migrations.
 */
export const restoreCommand = async (backup: string): Promise<void> => {
  const database = configuredSqliteFile('restore');
  try {
    const result = await restoreSqliteDatabase(backup, database);
    console.log(
      `fitiq: restored ${result.database} from ${backup}: ${formatBytes(result.bytes)}, ` +
        `${formatCounts(result)}, migration ${result.migration}`,
    );
    if (result.previous) {
      console.log(
        `fitiq: the database it replaced is kept at ${result.previous}; delete it once you are done`,
      );
    }
  } catch (error) {
    throw asCliError(error);
  }
};
