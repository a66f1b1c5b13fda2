import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir retries forever when the kernel answers
 * ENOENT for a folder whose parent exists, as /proc and other pseudo file systems do: a data folder
 * set to such a path would hang the client. Here each level is tried at most twice.
 */
export const makeDirectory = async (path: string, mode?: number): Promise<void> => {
  const options = mode === undefined ? {} : { mode };
  try {
    await mkdir(path, options);
    return;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') {
      if ((await stat(path)).isDirectory()) return;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', path });
    }
    if (codeOf(error) !== 'ENOENT' || dirname(path) === path) throw error;
  }
  await makeDirectory(dirname(path), mode);
  // The parent exists now; a second ENOENT means this file system refuses new folders here.
  await mkdir(path, options);
};
