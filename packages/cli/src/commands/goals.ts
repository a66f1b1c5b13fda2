import { changedGoals, formatGoals, type GoalsOptions } from '../habits/goals-options.js';
import { type ConnectOptions, connect } from './login.js';

export type GoalsCommandOptions = ConnectOptions & GoalsOptions & { json?: boolean };

/**
 * `fitiq goals`: shows the daily goals kept with the account; with --calories, --protein, --carbs or
 * --fat sets those (the others stay), with --clear clears them. Every device follows a change live.
 */
export const goalsCommand = async (options: GoalsCommandOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const current = await client.api.goals();
    // Checked before anything is sent: a bad value changes nothing.
    const next = changedGoals(current, options);
    const goals = next ? await client.api.setGoals(next) : current;
    if (options.json) {
      console.log(JSON.stringify(goals, null, 2));
      return;
    }
    if (next) console.error('fitiq: goals saved; every device shows them now');
    console.log(formatGoals(goals));
  } finally {
    await client.close();
  }
};
