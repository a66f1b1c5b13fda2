import input from '@inquirer/input';
import { PromptCancelledError, type Terminal } from './terminal.js';

/**
 * Asks which of the listed meals to take, as `fitiq again` does when not told: the answer is checked
 * by `pick` (which throws an Error saying what is wrong) and asked again until one is taken.
 * Enter alone takes the first. Throws PromptCancelledError on Ctrl-C.
 */
export const askMeal = async <M>(terminal: Terminal, pick: (answer: string) => M): Promise<M> => {
  const context = { input: terminal.input, output: terminal.output };
  try {
    const answer = await input(
      {
        message: 'Which one? (its number, or words of it)',
        default: '1',
        // A refused answer is typed anew rather than edited.
        theme: { validationFailureMode: 'clear' },
        validate: (value) => {
          try {
            pick(value);
            return true;
          } catch (error) {
            return error instanceof Error ? error.message : String(error);
          }
        },
      },
      context,
    );
    return pick(answer);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelledError();
    throw error;
  }
};
