import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir retries forever when the kernel answers
 * ENOENT for a folder whose parent exists, as /proc and other pseudo file systems do: a data folder
 * set to such a path hung the start instead of failing it. Here each level is tried at most twice.
 */
export const makeDirectory = (path: string): void => {
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') {
      if (statSync(path).isDirectory()) return;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
        code: 'ENOTDIR',
        path,
      });
    }
    const parent = dirname(path);
    if (codeOf(error) !== 'ENOENT' || parent === path) throw error;
  }
  makeDirectory(dirname(path));
  // The parent exists now; a second ENOENT means this file system refuses new folders here.
  mkdirSync(path);
};
