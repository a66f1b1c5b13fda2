import { createStorage, loadConfig } from '@fitiq/server';

export const migrateCommand = async (): Promise<void> => {
  const config = loadConfig();
  const storage = createStorage(config.databaseUrl);
  try {
    await storage.migrate();
    console.log('fitiq: database is up to date');
  } finally {
    await storage.close();
  }
};
