export { type RunningServer, type ServerOptions, startServer } from './app.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { StartupError, storageFailure } from './errors/startup-error.js';
export { createStorage } from './storage/create-storage.js';
export { redactDatabaseUrl } from './storage/database-url.js';
export type { Storage } from './storage/storage.js';
