import { type Config, ConfigError, loadConfig } from '@fitiq/server';

/** The server's configuration from the environment; a bad setting ends the command with its reason (exit 2). */
export const loadServerConfig = (): Config => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`fitiq: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
};
