/** Time as the domain sees it; tests may substitute their own. */
export type Clock = { now(): number; nowIso(): string };

let lastMs = Number.NaN;
let lastIso = '';

/**
 * Formatting a date costs more than reading the clock, and a busy server asks for the same
 * millisecond several times (a meal, its job and its event), so the last string is kept.
 */
const isoAt = (ms: number): string => {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  nowIso: () => isoAt(Date.now()),
};
