/**
 * Where a command may ask the person running it something: a readable and a writable stream, and
 * whether a person is there at all. The process's own is the default; tests pass streams of their own.
 */
export type Terminal = {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
};

/**
 * The process's terminal. Questions go to stderr, so that `fitiq login > out` still shows them and
 * stdout keeps only the result; asking needs both ends to be a terminal (a pipe has no one to answer).
 */
export const processTerminal = (): Terminal => ({
  input: process.stdin,
  output: process.stderr,
  interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
});

/** The person pressed Ctrl-C (or closed the terminal) while being asked. */
export class PromptCancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}
