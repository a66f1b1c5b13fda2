import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDirectory } from './make-directory.js';
import type { ClientStorage } from './storage.js';

let writes = 0;

/**
 * Node storage: one JSON file per key in `directory`. A write goes to a temporary file that is
 * fsynced and then renamed over the old one, so a crash leaves either the old value or the new one,
 * never half of each.
 */
export const fileStorage = (directory: string): ClientStorage => {
  const fileOf = (key: string) => join(directory, `${encodeURIComponent(key)}.json`);
  const ready = makeDirectory(directory);
  const read = async <T>(file: string): Promise<T | undefined> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  return {
    get: async (key) => {
      await ready;
      return read(fileOf(key));
    },
    set: async (key, value) => {
      await ready;
      const target = fileOf(key);
      const temporary = `${target}.${process.pid}.${++writes}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(JSON.stringify(value));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    },
    delete: async (key) => {
      await ready;
      await rm(fileOf(key), { force: true });
    },
    entries: async <T>(prefix: string) => {
      await ready;
      const names = (await readdir(directory))
        .filter((name) => name.endsWith('.json'))
        .map((name) => decodeURIComponent(name.slice(0, -'.json'.length)))
        .filter((key) => key.startsWith(prefix))
        .sort();
      const entries: Array<[string, T]> = [];
      for (const key of names) {
        const value = await read<T>(fileOf(key));
        if (value !== undefined) entries.push([key, value]);
      }
      return entries;
    },
    clear: async () => {
      await rm(directory, { recursive: true, force: true });
      await makeDirectory(directory);
    },
  };
};
