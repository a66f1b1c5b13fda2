import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from '@lydell/node-pty';

const main = join(dirname(fileURLToPath(import.meta.url)), '../main.ts');

/**
 * Runs `fitiq <args>` in a pseudo-terminal, as a person at a keyboard would: stdin and stderr are a
 * TTY, what is typed goes through the terminal's line discipline (its echo included), and `screen()`
 * is everything the terminal showed, control sequences removed.
 */
export const runFitiqInTerminal = (args: string[], env: Record<string, string>) => {
  const terminal = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args], {
    name: 'xterm-256color',
    cols: 120,
    rows: 40,
    env: { ...process.env, ...env },
  });
  let raw = '';
  // Where the last awaited text ended: a prompt is drawn again on every key, so an earlier drawing of
  // the same question must not count as the next one.
  let mark = 0;
  const waiting = new Set<() => void>();
  const screen = () => stripVTControlCharacters(raw);
  terminal.onData((chunk) => {
    raw += chunk;
    for (const check of waiting) check();
  });
  let done = false;
  const exited = new Promise<number>((resolve) =>
    terminal.onExit(({ exitCode }) => {
      done = true;
      for (const check of waiting) check();
      resolve(exitCode);
    }),
  );

  /**
   * Resolves once the terminal shows `text` after what was waited for last; rejects, with the screen,
   * if fitiq exits first or `timeoutMs` passes.
   */
  const shows = (text: string, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const stop = (error?: Error) => {
        waiting.delete(check);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        const at = screen().indexOf(text, mark);
        if (at >= 0) {
          mark = at + text.length;
          stop();
        } else if (done) stop(new Error(`fitiq exited without showing "${text}"; it showed:\n${screen()}`));
      };
      const timer = setTimeout(
        () => stop(new Error(`no "${text}" within ${timeoutMs} ms; the terminal showed:\n${screen()}`)),
        timeoutMs,
      );
      waiting.add(check);
      check();
    });

  return { exited, screen, shows, type: (keys: string) => terminal.write(keys) };
};
