import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = join(WEB_DIR, 'dist');
const LOCK = join(WEB_DIR, '.build-lock');
const PACKAGES = join(WEB_DIR, '..');

/** Everything the bundle is made of: the app, and the SDK and contract it bundles from source. */
const INPUTS = [
  join(WEB_DIR, 'src'),
  join(WEB_DIR, 'public'),
  join(WEB_DIR, 'index.html'),
  join(WEB_DIR, 'vite.config.ts'),
  join(PACKAGES, 'client/src'),
  join(PACKAGES, 'contract/src'),
];

const newest = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

const isStale = () => {
  const index = join(DIST_DIR, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < Math.max(...INPUTS.map(newest));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds packages/web/dist when it is missing or older than its sources, so `npm test` on a clean
 * clone needs no manual step. Test files run in parallel processes: a lock directory (mkdir is atomic)
 * lets one of them build while the others wait. The build runs as its own process with
 * NODE_ENV=production: under vitest NODE_ENV is `test`, which would give a development bundle.
 */
export const ensureBuilt = async (): Promise<void> => {
  for (;;) {
    if (!isStale()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another process is building; a lock older than two minutes belongs to a build that died.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      if (!isStale()) return;
      const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
      const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
        cwd: WEB_DIR,
        env: { ...process.env, NODE_ENV: 'production' },
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
};
