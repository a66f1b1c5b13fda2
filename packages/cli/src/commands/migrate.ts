import { createStorage, redactDatabaseUrl, storageFailure } from '@fitiq/server';
import { loadServerConfig } from './server-config.js';

/** Brings the database up to date, then exits: 0 when it is, 1 with the reason on one line when not. */
export const migrateCommand = async (): Promise<void> => {
  const config = loadServerConfig();
  let storage: ReturnType<typeof createStorage> | null = null;
  try {
    storage = createStorage(config.databaseUrl);
    await storage.migrate();
    console.log(`fitiq: the database at ${redactDatabaseUrl(config.databaseUrl)} is up to date`);
  } catch (error) {
    console.error(`fitiq: ${storageFailure(error, config.databaseUrl).message}`);
    process.exitCode = 1;
  } finally {
    await storage?.close();
  }
};
