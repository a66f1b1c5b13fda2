// Runs `npm ci` when dependencies are missing or older than the lockfile, so that `npm start` and
// `npm test` work on a fresh clone with nothing but Node and npm. Uses only Node built-ins on purpose:
// nothing else is installed yet when it runs.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = join(root, 'package-lock.json');
const installedMarker = join(root, 'node_modules', '.package-lock.json');

const isStale = () =>
  !existsSync(installedMarker) || statSync(installedMarker).mtimeMs < statSync(lockfile).mtimeMs;

if (isStale()) {
  console.error('[fitiq] installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
