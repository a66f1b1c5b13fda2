import fc from 'fast-check';

/*
 * Property and fuzz tests pick a fresh seed every run and print it when they fail. Passing it back,
 * `FITIQ_FUZZ_SEED=<seed> npx vitest run <file>`, replays exactly the failing sequence of inputs.
 */
const seed = process.env.FITIQ_FUZZ_SEED;
if (seed !== undefined && seed !== '') {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FITIQ_FUZZ_SEED must be an integer, got "${seed}"`);
  fc.configureGlobal({ seed: Number(seed) });
}
