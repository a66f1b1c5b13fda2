import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ApiError, createNodeClient, type FitIQClient } from '@fitiq/client/node';

/** Tokens kept by `fitiq login`, one per server URL, in $FITIQ_HOME (default ~/.fitiq). */
export type Credentials = Record<string, { token: string; email: string; password?: string }>;

export const fitiqHome = (env: NodeJS.ProcessEnv = process.env): string =>
  env.FITIQ_HOME || join(homedir(), '.fitiq');

const fileOf = (env: NodeJS.ProcessEnv) => join(fitiqHome(env), 'credentials.json');

export const readCredentials = async (env: NodeJS.ProcessEnv = process.env): Promise<Credentials> => {
  try {
    return JSON.parse(await readFile(fileOf(env), 'utf8')) as Credentials;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
};

export const saveCredentials = async (
  url: string,
  entry: Credentials[string],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> => {
  const file = fileOf(env);
  const all = { ...(await readCredentials(env)), [url]: entry };
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and renamed: a crash never leaves a half-written credentials file.
  await writeFile(`${file}.tmp`, JSON.stringify(all, null, 2), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
};

export type ConnectOptions = { url?: string; token?: string };

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export const serverUrl = (options: ConnectOptions): string =>
  (options.url || process.env.FITIQ_URL || DEFAULT_URL).replace(/\/+$/, '');

const isLoopback = (url: string): boolean => {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
};

/**
 * The token to use: --token, FITIQ_TOKEN, then the one `fitiq login` stored for this URL. With none
 * and a server on this machine (`npm start`), a local account is created and remembered, so that
 * `fitiq log "..."` works on a fresh checkout; a remote server always needs `fitiq login`.
 */
export const resolveToken = async (url: string, options: ConnectOptions): Promise<string> => {
  const given = options.token || process.env.FITIQ_TOKEN;
  if (given) return given;
  const stored = (await readCredentials())[url];
  if (stored) return stored.token;
  if (!isLoopback(url)) {
    throw new CliError(`no token for ${url}: run \`fitiq login --email <email>\` or set FITIQ_TOKEN`);
  }
  return registerLocalAccount(url);
};

const registerLocalAccount = async (url: string): Promise<string> => {
  const client = createNodeClient({ baseUrl: url, platformSignals: false });
  const email = `local-${randomUUID()}@fitiq.local`;
  const password = randomBytes(18).toString('base64url');
  const session = await client.register(email, password);
  await saveCredentials(url, { token: session.access_token, email, password });
  console.error(`fitiq: created the local account ${email} for ${url} (stored in the FitIQ home directory)`);
  return session.access_token;
};

/**
 * A client for one command. A stored local account whose token expired logs in again by itself
 * (asked once by the SDK); anything else expired needs `fitiq login`.
 */
export const connect = async (options: ConnectOptions): Promise<FitIQClient> => {
  const url = serverUrl(options);
  const token = await resolveToken(url, options);
  return createNodeClient({
    baseUrl: url,
    token,
    platformSignals: false,
    renewToken: async () => {
      const stored = (await readCredentials())[url];
      if (!stored?.password || options.token || process.env.FITIQ_TOKEN) return null;
      const relogin = createNodeClient({ baseUrl: url, platformSignals: false });
      const session = await relogin.login(stored.email, stored.password);
      await saveCredentials(url, { ...stored, token: session.access_token });
      return session.access_token;
    },
  });
};

/** One line for an error the user can act on. */
export const describeError = (error: unknown): string => {
  if (error instanceof ApiError) return `${error.problem.title}: ${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
};

export type LoginOptions = ConnectOptions & { email?: string; password?: string; register?: boolean };

/** `fitiq login`: exchanges email and password (FITIQ_PASSWORD) for a token and stores it for the URL. */
export const loginCommand = async (options: LoginOptions): Promise<void> => {
  const url = serverUrl(options);
  const email = options.email || process.env.FITIQ_EMAIL;
  const password = options.password || process.env.FITIQ_PASSWORD;
  if (!email || !password)
    throw new CliError('give --email and --password (or FITIQ_EMAIL and FITIQ_PASSWORD)');
  const client = createNodeClient({ baseUrl: url, platformSignals: false });
  const session = options.register
    ? await client.register(email, password)
    : await client.login(email, password);
  await saveCredentials(url, { token: session.access_token, email });
  console.log(`fitiq: logged in to ${url} as ${session.user.email}`);
};
