import { today } from '@fitiq/client';
import { lastDays, parseDay, parseDays } from '../habits/day-range.js';
import { machineTimeZone } from '../habits/format.js';
import { formatTrends } from '../habits/trends-table.js';
import { type ConnectOptions, connect } from './login.js';

export type TrendsOptions = ConnectOptions & { days?: string; to?: string; tz?: string; json?: boolean };

/**
 * `fitiq trends`: the last N days (default 30, up to today, in this machine's zone unless told): each
 * day's calories and macros, the averages over the days logged, the goals, how many days had meals.
 */
export const trendsCommand = async (options: TrendsOptions): Promise<void> => {
  const tz = options.tz ?? machineTimeZone();
  const days = parseDays(options.days ?? '30');
  const to = options.to === undefined ? today(tz) : parseDay('to', options.to);
  const client = await connect(options);
  try {
    const summary = await client.summary({ ...lastDays(to, days), tz });
    console.log(options.json ? JSON.stringify(summary, null, 2) : formatTrends(summary, tz));
  } finally {
    await client.close();
  }
};
