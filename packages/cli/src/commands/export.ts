import { writeFile } from 'node:fs/promises';
import { type ConnectOptions, connect } from './login.js';

export type ExportOptions = ConnectOptions & { output?: string };

/** `fitiq export`: everything the server holds about you, as JSON, to a file or stdout. */
export const exportCommand = async (options: ExportOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const text = `${JSON.stringify(await client.exportData(), null, 2)}\n`;
    if (options.output) {
      await writeFile(options.output, text, { mode: 0o600 });
      console.error(`fitiq: wrote ${options.output}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await client.close();
  }
};
