import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, startServer } from '@fitiq/server';

/** The web app built by `npm run build`, beside this package in the repository. */
const BUNDLED_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Runs until SIGINT or SIGTERM, then shuts down gracefully (sockets get 1001, jobs finish or are released). */
export const serveCommand = async (): Promise<void> => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`fitiq: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  if (!config.webDir && existsSync(BUNDLED_WEB_DIR)) config = { ...config, webDir: BUNDLED_WEB_DIR };
  const server = await startServer({ config });
  // A plain line whatever the log level: people read it, and supervisors and tests wait for it.
  console.log(`FitIQ is listening on ${server.url} (roles: ${[...config.roles].join(', ')})`);
  const stop = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
};
