import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@fitiq/server';
import { registerUser, startTestServer, testConfig } from '@fitiq/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFitiq } from '../testing/run-fitiq.js';
import { runFitiqInTerminal } from '../testing/run-fitiq-in-terminal.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig() });
});
afterAll(() => server.close());

// Whatever the machine's environment holds, these runs are asked: nothing comes from it.
const noCredentialsInEnv = { FITIQ_EMAIL: '', FITIQ_PASSWORD: '', FITIQ_TOKEN: '' };

/** `fitiq <args>` in a pseudo-terminal, with its own FITIQ_HOME, against the test server. */
const inTerminal = (args: string[]) => {
  const home = mkdtempSync(join(tmpdir(), 'fitiq-home-'));
  const env = { FITIQ_URL: server.url, FITIQ_HOME: home, ...noCredentialsInEnv };
  return { ...runFitiqInTerminal(args, env), home, env };
};

/** Waits until the terminal shows `text` (after the last one waited for), then types `keys`. */
const answer = async (
  run: { shows: (text: string) => Promise<void>; type: (keys: string) => void },
  text: string,
  keys: string,
) => {
  await run.shows(text);
  run.type(keys);
};

const stored = (home: string) =>
  (
    JSON.parse(readFileSync(join(home, 'credentials.json'), 'utf8')) as Record<
      string,
      { email: string; token?: string; password?: string }
    >
  )[server.url];

const newEmail = () => `cli-prompt-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;

// Each runs one or two `fitiq` processes from the TypeScript sources, typed into as a person would;
// a loaded machine takes seconds to start one, so the waits for a question are long.
describe('fitiq login in a terminal asks for what flags and the environment did not give', {
  timeout: 180_000,
}, () => {
  it('--register: asks the email, then the password twice with nothing shown, and stores a session that works', async () => {
    const email = newEmail();
    const secret = 'correct horse battery';
    const run = inTerminal(['login', '--register']);
    await answer(run, `Create an account on ${server.url}`, '');
    await answer(run, 'Email:', `${email}\r`);
    await answer(run, 'Password (at least 8 characters):', `${secret}\r`);
    await answer(run, 'Password again:', `${secret}\r`);
    expect(await run.exited).toBe(0);
    expect(run.screen()).toContain(`logged in to ${server.url} as ${email}`);
    expect(run.screen()).toContain(email);
    // No echo, no mask: not the password, nor a star per character.
    expect(run.screen()).not.toContain(secret);
    expect(run.screen()).not.toContain('*'.repeat(secret.length));
    // The password is sent, never kept: the file holds the session only.
    expect(stored(run.home)).toMatchObject({ email, token: expect.any(String) });
    expect(stored(run.home)?.password).toBeUndefined();

    const today = runFitiq(['today', '--json', '--tz', 'UTC'], run.env);
    expect(await today.exited).toBe(0);
  });

  it('--register: a short password is refused on the spot, and two that differ are asked again', async () => {
    const email = newEmail();
    const run = inTerminal(['login', '--register', '--email', email]);
    await answer(run, 'Password (at least 8 characters):', 'short\r');
    // The refused one is left in the field to correct: erased here, then a longer one.
    await answer(run, 'too short: it needs at least 8 characters', `${'\x7f'.repeat(5)}first password\r`);
    await answer(run, 'Password again:', 'second password\r');
    await answer(run, 'The two passwords differ', '');
    await answer(run, 'Password (at least 8 characters):', 'third password\r');
    await answer(run, 'Password again:', 'third password\r');
    expect(await run.exited).toBe(0);
    // The account has the password typed twice alike.
    const login = runFitiq(['login', '--email', email], { ...run.env, FITIQ_PASSWORD: 'third password' });
    expect(await login.exited).toBe(0);
  });

  it('plain login with --email asks only the password; the last account is offered when it is not given', async () => {
    const email = await registered();
    const first = inTerminal(['login', '--email', email]);
    await answer(first, `Log in to ${server.url}`, '');
    await answer(first, 'Password:', 'correct horse battery\r');
    expect(await first.exited).toBe(0);
    expect(first.screen()).not.toContain('Email:');

    // The same FITIQ_HOME later: Enter on the email takes the account it last used.
    const again = runFitiqInTerminal(['login'], first.env);
    await answer(again, `Email: (${email})`, '\r');
    await answer(again, 'Password:', 'correct horse battery\r');
    expect(await again.exited).toBe(0);
    expect(again.screen()).toContain(`as ${email}`);
  });

  it('a wrong password: the server’s refusal on one line, exit 2, nothing stored', async () => {
    const email = await registered();
    const run = inTerminal(['login', '--email', email]);
    await answer(run, 'Password:', 'the wrong password\r');
    expect(await run.exited).toBe(2);
    expect(run.screen()).toMatch(/fitiq: .*invalid_credentials/);
    expect(existsSync(join(run.home, 'credentials.json'))).toBe(false);
  });

  it('Ctrl-C at a question: "login cancelled", exit 130, nothing stored', async () => {
    const run = inTerminal(['login', '--register']);
    await answer(run, 'Email:', '\x03');
    expect(await run.exited).toBe(130);
    expect(run.screen()).toContain('fitiq: login cancelled');
    expect(existsSync(join(run.home, 'credentials.json'))).toBe(false);
  });

  it('without a terminal and without the values: a clear error naming the flags, exit 2, no waiting', async () => {
    const home = mkdtempSync(join(tmpdir(), 'fitiq-home-'));
    const run = runFitiq(['login', '--register', '--email', newEmail()], {
      FITIQ_URL: server.url,
      FITIQ_HOME: home,
      ...noCredentialsInEnv,
    });
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toMatch(
      /^fitiq: give --email and --password \(or FITIQ_EMAIL and FITIQ_PASSWORD\), or run it in a terminal/,
    );
  });

  it('flags and environment variables need no terminal, as scripts use them', async () => {
    const home = mkdtempSync(join(tmpdir(), 'fitiq-home-'));
    const env = { FITIQ_URL: server.url, FITIQ_HOME: home, ...noCredentialsInEnv };
    const email = newEmail();
    const byFlags = runFitiq(['login', '--register', '--email', email, '--password', 'by flags 123'], env);
    expect(await byFlags.exited).toBe(0);
    const byEnv = runFitiq(['login'], { ...env, FITIQ_EMAIL: email, FITIQ_PASSWORD: 'by flags 123' });
    expect(await byEnv.exited).toBe(0);
    expect(byEnv.output.stdout).toContain(`as ${email}`);
  });
});

/** An account made through the API, to log in to (registerUser's password is 'correct horse battery'). */
const registered = async () => (await registerUser(server.url, newEmail())).user.email;
