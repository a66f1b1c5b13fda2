import { type AnyStreamEvent, GOALS_UPDATED } from '@fitiq/contract';
import { formatGoalsInline } from '../habits/goals-options.js';
import { type ConnectOptions, connect } from './login.js';
import { formatTotals } from './today.js';

export const formatEvent = (event: AnyStreamEvent): string => {
  // The goals changed (on this device or another): the new ones, on the line.
  if (event.type === GOALS_UPDATED)
    return `#${event.seq} ${event.type.padEnd(20)} ${formatGoalsInline(event.data.goals)}`;
  const meal = event.data?.meal_log;
  // An event type this version does not know (a newer server's): its number and type.
  if (!meal) return `#${event.seq} ${event.type}`;
  const totals = meal.totals ? `  ${formatTotals(meal.totals)}` : '';
  return `#${event.seq} ${event.type.padEnd(20)} ${meal.id.slice(0, 8)} "${meal.raw_input}"${totals}`;
};

export type WatchOptions = ConnectOptions & { json?: boolean };

/**
 * `fitiq watch`: prints the stream's events as they arrive (from now on), and connection changes on
 * stderr. Runs until Ctrl-C, then closes the connection cleanly.
 */
export const watchCommand = async (options: WatchOptions): Promise<void> => {
  const client = await connect(options);
  client.on('state', ({ newState }) => {
    const next = newState.nextAttemptAt ? ` (next attempt in ${newState.nextAttemptAt - Date.now()} ms)` : '';
    const transport = newState.transport ? ` via ${newState.transport}` : '';
    console.error(`fitiq: ${newState.state}${transport}${next}`);
    if (newState.state === 'closed' && newState.error) {
      console.error(`fitiq: ${newState.error.message}`);
      process.exitCode = 2;
    }
  });
  client.on('event', (event) => console.log(options.json ? JSON.stringify(event) : formatEvent(event)));
  client.on('reset', ({ head }) => console.error(`fitiq: the cursor had expired; going on from ${head}`));
  await client.start();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    client.on('state', ({ newState }) => newState.state === 'closed' && stop());
  });
  await client.close();
};
