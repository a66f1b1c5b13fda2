import { ConfigError, loadConfig, startServer } from '@fitiq/server';

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
  const server = await startServer({ config });
  server.app.log.info({ url: server.url, roles: [...config.roles] }, `FitIQ is listening on ${server.url}`);
  const stop = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
};
