import { parseArgs } from 'node:util';

export type SoakOptions = { minutes: number; clients: number; seed: number };

const positive = (raw: string | undefined, name: string, fallback: number): number => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
};

/** `npm run soak -- --minutes N --clients M [--seed S]`. */
export const parseSoakOptions = (args: string[]): SoakOptions => {
  const { values } = parseArgs({
    args,
    options: {
      minutes: { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const clients = Math.floor(positive(values.clients, 'clients', 6));
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  return { minutes: positive(values.minutes, 'minutes', 1), clients, seed };
};
