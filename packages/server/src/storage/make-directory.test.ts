import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from './make-directory.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'fitiq-mkdir-'));

describe('makeDirectory', () => {
  it('creates every missing level, and accepts a folder that exists', () => {
    const path = join(scratch(), 'a', 'b', 'c');
    makeDirectory(path);
    expect(statSync(path).isDirectory()).toBe(true);
    expect(() => makeDirectory(path)).not.toThrow();
  });

  it('refuses a path through a regular file', () => {
    const file = join(scratch(), 'file');
    writeFileSync(file, '');
    expect(() => makeDirectory(file)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => makeDirectory(join(file, 'below'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node's recursive mkdir spins forever on this path (procfs answers ENOENT, not EACCES).
  it.runIf(process.platform === 'linux')('fails at once on a file system that refuses new folders', () => {
    expect(() => makeDirectory('/proc/fitiq-test/data')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
