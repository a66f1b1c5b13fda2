/** Time as the domain sees it; tests may substitute their own. */
export type Clock = { now(): number; nowIso(): string };

export const systemClock: Clock = {
  now: () => Date.now(),
  nowIso: () => new Date().toISOString(),
};
