import { writeFile } from 'node:fs/promises';
import { type ConnectOptions, connect } from './login.js';

export type ExportOptions = ConnectOptions & { output?: string; format?: 'json' | 'csv' };

type Client = Awaited<ReturnType<typeof connect>>;

/**
 * GET /me/export?format=csv: the meals as the server wrote them, one row per item with its meal's
 * columns. The bytes are passed on as they came (UTF-8, CRLF rows), so a spreadsheet reads the file
 * the same as one downloaded from the web app.
 */
const csvExport = async (client: Client): Promise<Buffer> => {
  const response = await client.api.http.send({
    method: 'GET',
    path: '/api/v1/me/export',
    query: { format: 'csv' },
    headers: { accept: 'text/csv' },
  });
  return Buffer.from(await response.arrayBuffer());
};

const jsonExport = async (client: Client): Promise<Buffer> =>
  Buffer.from(`${JSON.stringify(await client.exportData(), null, 2)}\n`);

/** `fitiq export`: everything the server holds about you as JSON, or your meals as CSV; to a file or stdout. */
export const exportCommand = async (options: ExportOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const bytes = options.format === 'csv' ? await csvExport(client) : await jsonExport(client);
    if (options.output) {
      await writeFile(options.output, bytes, { mode: 0o600 });
      console.error(`fitiq: wrote ${options.output}`);
    } else {
      process.stdout.write(bytes);
    }
  } finally {
    await client.close();
  }
};
