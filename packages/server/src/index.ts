export { type RunningServer, type ServerOptions, startServer } from './app.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { createStorage } from './storage/create-storage.js';
export type { Storage } from './storage/storage.js';
