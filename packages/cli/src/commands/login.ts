import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  ApiError,
  createNodeClient,
  type FitIQClient,
  makeDirectory,
  type SessionStore,
} from '@fitiq/client/node';
import { PromptCancelledError, processTerminal, type Terminal } from '../prompts/terminal.js';

/**
 * Sessions kept by `fitiq login`, one per server URL, in $FITIQ_HOME (default ~/.fitiq). `token` is
 * absent once the session ended; the password is kept only for the local account the CLI made itself.
 */
export type Credentials = Record<
  string,
  { token?: string; refresh_token?: string | null; email: string; password?: string }
>;

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
  await makeDirectory(dirname(file), 0o700);
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

/** The session to use for one server: what `fitiq login` stored, or the token given. */
type Resolved = { token: string; refreshToken: string | null; stored: boolean };

/**
 * The token to use: --token, FITIQ_TOKEN, then the session `fitiq login` stored for this URL. With
 * none and a server on this machine (`npm start`), a local account is created and remembered, so
 * that `fitiq log "..."` works on a fresh checkout; a remote server always needs `fitiq login`.
 */
export const resolveToken = async (url: string, options: ConnectOptions): Promise<Resolved> => {
  const given = options.token || process.env.FITIQ_TOKEN;
  if (given) return { token: given, refreshToken: null, stored: false };
  const stored = (await readCredentials())[url];
  if (stored?.token) return { token: stored.token, refreshToken: stored.refresh_token ?? null, stored: true };
  // The local account's session ended (its refresh token expired): it logs in again by itself.
  if (stored?.password)
    return { ...(await loginLocalAccount(url, stored.email, stored.password)), stored: true };
  // Logged out, or the session expired: an account was chosen here, so none is made up in its place.
  if (stored)
    throw new CliError(`the session for ${url} has ended: run \`fitiq login --email ${stored.email}\``);
  if (!isLoopback(url)) {
    throw new CliError(`no session for ${url}: run \`fitiq login --email <email>\` or set FITIQ_TOKEN`);
  }
  return { ...(await registerLocalAccount(url)), stored: true };
};

const loginLocalAccount = async (url: string, email: string, password: string) => {
  const session = await createNodeClient({ baseUrl: url, platformSignals: false }).login(email, password);
  await saveCredentials(url, {
    email,
    password,
    token: session.access_token,
    refresh_token: session.refresh_token,
  });
  return { token: session.access_token, refreshToken: session.refresh_token };
};

const registerLocalAccount = async (url: string) => {
  const client = createNodeClient({ baseUrl: url, platformSignals: false });
  const email = `local-${randomUUID()}@fitiq.local`;
  const password = randomBytes(18).toString('base64url');
  const session = await client.register(email, password);
  await saveCredentials(url, {
    token: session.access_token,
    refresh_token: session.refresh_token,
    email,
    password,
  });
  console.error(`fitiq: created the local account ${email} for ${url} (stored in the FitIQ home directory)`);
  return { token: session.access_token, refreshToken: session.refresh_token };
};

/**
 * The credentials file as the SDK's session store: a refresh rotates the pair, and the next command
 * (or a `fitiq watch` running beside) must find the new one, since the old refresh token is used up.
 * Ending the session keeps the entry's email (and a local account's password), not its tokens.
 */
export const credentialsSessionStore = (url: string): SessionStore => ({
  async load() {
    const stored = (await readCredentials())[url];
    return stored?.token ? { access_token: stored.token, refresh_token: stored.refresh_token ?? null } : null;
  },
  async save(session) {
    const stored = (await readCredentials())[url];
    if (!stored) return;
    const { token: _token, refresh_token: _refresh, ...rest } = stored;
    await saveCredentials(
      url,
      session ? { ...rest, token: session.access_token, refresh_token: session.refresh_token } : rest,
    );
  },
});

/** A client for one command; a stored session refreshes itself and the file follows. */
export const connect = async (options: ConnectOptions): Promise<FitIQClient> => {
  const url = serverUrl(options);
  const resolved = await resolveToken(url, options);
  return createNodeClient({
    baseUrl: url,
    token: resolved.token,
    refreshToken: resolved.refreshToken,
    platformSignals: false,
    ...(resolved.stored ? { sessionStore: credentialsSessionStore(url) } : {}),
  });
};

/** One line for an error the user can act on. */
export const describeError = (error: unknown): string => {
  if (error instanceof ApiError) return `${error.problem.title}: ${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
};

export type LoginOptions = ConnectOptions & { email?: string; password?: string; register?: boolean };

/**
 * The email and password to log in with: flags, then FITIQ_EMAIL and FITIQ_PASSWORD, and what is still
 * missing is asked in a terminal (the password hidden). A script without a terminal gets an error
 * saying what to give, never a prompt that waits for an answer that cannot come.
 */
const credentialsFor = async (url: string, options: LoginOptions, terminal: Terminal) => {
  const email = options.email || process.env.FITIQ_EMAIL || undefined;
  const password = options.password || process.env.FITIQ_PASSWORD || undefined;
  if (email && password) return { email, password };
  if (!terminal.interactive)
    throw new CliError(
      'give --email and --password (or FITIQ_EMAIL and FITIQ_PASSWORD), or run it in a terminal to be asked',
    );
  const last = (await readCredentials())[url]?.email;
  terminal.output.write(`${options.register ? 'Create an account on' : 'Log in to'} ${url}\n`);
  try {
    // Loaded only to ask: every command imports this file, and most never ask anything.
    const { askCredentials } = await import('../prompts/ask-credentials.js');
    return await askCredentials(
      {
        email,
        password,
        register: Boolean(options.register),
        // The account `fitiq` made by itself for a local server is no one's address to offer.
        suggestedEmail: options.register || last?.endsWith('@fitiq.local') ? undefined : last,
      },
      terminal,
    );
  } catch (error) {
    if (error instanceof PromptCancelledError) throw new CliError('login cancelled', 130);
    throw error;
  }
};

/** `fitiq login`: exchanges email and password for a token and stores it for the URL. */
export const loginCommand = async (
  options: LoginOptions,
  terminal: Terminal = processTerminal(),
): Promise<void> => {
  const url = serverUrl(options);
  const { email, password } = await credentialsFor(url, options, terminal);
  const client = createNodeClient({ baseUrl: url, platformSignals: false });
  const session = options.register
    ? await client.register(email, password)
    : await client.login(email, password);
  await saveCredentials(url, { token: session.access_token, refresh_token: session.refresh_token, email });
  console.log(`fitiq: logged in to ${url} as ${session.user.email}`);
};

/** `fitiq logout`: ends the stored session on the server and forgets its tokens. */
export const logoutCommand = async (options: ConnectOptions): Promise<void> => {
  const url = serverUrl(options);
  const stored = (await readCredentials())[url];
  if (!stored?.token && !options.token && !process.env.FITIQ_TOKEN) {
    console.log(`fitiq: not logged in to ${url}`);
    return;
  }
  const client = await connect(options);
  try {
    await client.logout();
  } catch (error) {
    // Refused: the session had ended already. The tokens are forgotten either way.
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  } finally {
    await client.close();
  }
  console.log(`fitiq: logged out of ${url}`);
};
