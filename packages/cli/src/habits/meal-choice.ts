import { RECENT_MEALS_LIMIT_MAX } from '@fitiq/contract';
import { CliError } from '../commands/login.js';

/**
 * What `fitiq again <meal>` was given: a meal's id (as `fitiq today` and `fitiq recent` show it), its
 * number in `fitiq recent`, or words of its text ("toast" picks the recent meal that says toast).
 */
export type MealChoice =
  | { kind: 'id'; id: string }
  | { kind: 'number'; number: number }
  | { kind: 'words'; words: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lower case, one space between words: the way the server tells recent texts apart. */
export const normalText = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

export const parseMealChoice = (given: string): MealChoice => {
  const text = given.trim();
  if (UUID.test(text)) return { kind: 'id', id: text.toLowerCase() };
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    if (number < 1 || number > RECENT_MEALS_LIMIT_MAX)
      throw new CliError(`a number from \`fitiq recent\` is 1 to ${RECENT_MEALS_LIMIT_MAX}, not ${text}`);
    return { kind: 'number', number };
  }
  const words = normalText(text).split(' ').filter(Boolean);
  if (words.length === 0)
    throw new CliError('say which meal: its number in `fitiq recent`, its id or words of it');
  return { kind: 'words', words };
};

type Recent = { id: string; raw_input: string };

/** The recent meal a number or words name (meals in `fitiq recent`'s order, numbered from 1). */
export const pickRecent = <M extends Recent>(
  choice: Exclude<MealChoice, { kind: 'id' }>,
  recent: readonly M[],
): M => {
  if (choice.kind === 'number') {
    const found = recent[choice.number - 1];
    if (!found)
      throw new CliError(
        recent.length === 0
          ? 'there are no recent meals yet: log one with `fitiq log "..."`'
          : `there are ${recent.length} recent meals, not ${choice.number} (see \`fitiq recent\`)`,
      );
    return found;
  }
  const phrase = choice.words.join(' ');
  const matching = recent.filter((meal) =>
    choice.words.every((word) => normalText(meal.raw_input).includes(word)),
  );
  // A text typed out in full is that meal, even when longer texts contain it too.
  const exact = matching.find((meal) => normalText(meal.raw_input) === phrase);
  if (exact) return exact;
  const [only, ...others] = matching;
  if (!only) throw new CliError(`no recent meal says "${phrase}" (see \`fitiq recent\`)`);
  if (others.length === 0) return only;
  const listed = matching.map((meal) => `  ${recent.indexOf(meal) + 1}. ${meal.raw_input}`).join('\n');
  throw new CliError(`"${phrase}" could be ${matching.length} recent meals; give its number:\n${listed}`);
};
