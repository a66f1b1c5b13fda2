import type { MealType } from '@fitiq/contract';
import { CliError, type ConnectOptions, connect, describeError } from './login.js';
import { formatMeal } from './today.js';

export type LogOptions = ConnectOptions & { json?: boolean; mealType?: MealType; timeout?: string };

/**
 * `fitiq log "<text>"`: submits the meal through the SDK's outbox, waits for its processing to finish
 * on the real-time stream, and prints it. Exit 0 when completed, 1 when failed (or refused).
 */
export const logCommand = async (text: string, options: LogOptions): Promise<void> => {
  const client = await connect(options);
  const timeoutMs = Number(options.timeout ?? 60) * 1000;
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    await client.start();
    client.on('error', (error) => {
      if (error.code === 'auth_required') console.error(`fitiq: ${describeError(error)}`);
    });
    const local = await client.log(text, options.mealType ? { meal_type: options.mealType } : {});
    const done = await client.settled(local.key, deadline).catch(() => {
      throw new CliError(`no result within ${timeoutMs / 1000} s (the meal stays logged on the server)`, 3);
    });
    if (options.json) {
      // The server's record when there is one; a meal the server refused has only the local one.
      console.log(JSON.stringify(done.meal ?? done, null, 2));
    } else {
      console.log(formatMeal(done));
    }
    process.exitCode = done.status === 'completed' ? 0 : 1;
  } finally {
    await client.close();
  }
};
