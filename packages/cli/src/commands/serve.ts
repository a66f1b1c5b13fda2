import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RunningServer, StartupError, startServer } from '@fitiq/server';
import { loadServerConfig } from './server-config.js';

/** The web app built by `npm run build`, beside this package in the repository. */
const BUNDLED_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Runs until SIGINT or SIGTERM, then shuts down gracefully (sockets get 1001, jobs finish or are released). */
export const serveCommand = async (): Promise<void> => {
  let config = loadServerConfig();
  if (!config.webDir && existsSync(BUNDLED_WEB_DIR)) config = { ...config, webDir: BUNDLED_WEB_DIR };
  let server: RunningServer;
  try {
    server = await startServer({ config });
  } catch (error) {
    // A taken port or an unreachable database is the operator's to fix: say so on one line.
    if (error instanceof StartupError) {
      console.error(`fitiq: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
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
