import { PASSWORD_MIN_LENGTH } from '@fitiq/contract';
import input from '@inquirer/input';
import password from '@inquirer/password';
import { PromptCancelledError, type Terminal } from './terminal.js';

export type CredentialsAsked = {
  /** What flags or the environment gave already: only the rest is asked. */
  email?: string | undefined;
  password?: string | undefined;
  /** A new account: the password must be long enough, and is typed twice (nobody sees a typo). */
  register: boolean;
  /** Offered when Enter is pressed on an empty email: the account last used with this server. */
  suggestedEmail?: string | undefined;
};

// A light check that catches a slip (a missing @, a space); the server validates the address itself.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

const checkEmail = (value: string): true | string =>
  EMAIL_SHAPE.test(value.trim()) || 'an email address, like you@example.com';

const checkNewPassword = (value: string): true | string =>
  value.length >= PASSWORD_MIN_LENGTH || `too short: it needs at least ${PASSWORD_MIN_LENGTH} characters`;

/**
 * Asks for what is missing of an email and a password, the password without echo (nothing is shown
 * as it is typed, as `npm login` and `gh auth login` do). Throws PromptCancelledError on Ctrl-C.
 */
export const askCredentials = async (
  asked: CredentialsAsked,
  terminal: Terminal,
): Promise<{ email: string; password: string }> => {
  const context = { input: terminal.input, output: terminal.output };
  try {
    const email =
      asked.email ??
      (
        await input(
          {
            message: 'Email:',
            required: true,
            validate: checkEmail,
            ...(asked.suggestedEmail ? { default: asked.suggestedEmail } : {}),
          },
          context,
        )
      ).trim();
    if (asked.password !== undefined) return { email, password: asked.password };
    if (!asked.register) {
      const given = await password({ message: 'Password:', validate: (v) => v.length > 0 }, context);
      return { email, password: given };
    }
    return { email, password: await askNewPassword(context, terminal.output) };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelledError();
    throw error;
  }
};

type Context = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };

/** A new password, typed twice until both agree: a typo in a hidden field would lock the account out. */
const askNewPassword = async (context: Context, output: NodeJS.WritableStream): Promise<string> => {
  for (;;) {
    const first = await password(
      { message: `Password (at least ${PASSWORD_MIN_LENGTH} characters):`, validate: checkNewPassword },
      context,
    );
    const again = await password({ message: 'Password again:' }, context);
    if (again === first) return first;
    output.write('The two passwords differ; please type it again.\n');
  }
};
