import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from './make-directory.js';

const scratch = () => mkdtemp(join(tmpdir(), 'fitiq-client-mkdir-'));

describe('makeDirectory', () => {
  it('creates every missing level, with the mode asked for, and accepts a folder that exists', async () => {
    const path = join(await scratch(), 'a', 'b');
    await makeDirectory(path, 0o700);
    expect((await stat(path)).isDirectory()).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o700);
    await expect(makeDirectory(path)).resolves.toBeUndefined();
  });

  it('refuses a path through a regular file', async () => {
    const file = join(await scratch(), 'file');
    await writeFile(file, '');
    await expect(makeDirectory(file)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirectory(join(file, 'below'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node's recursive mkdir spins forever on this path (procfs answers ENOENT, not EACCES).
  it.runIf(process.platform === 'linux')(
    'fails at once on a file system that refuses new folders',
    async () => {
      await expect(makeDirectory('/proc/fitiq-client-test/data')).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );
});
