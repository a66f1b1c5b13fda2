/** Every fault the chaos driver injects, in the order the report lists them. */
export const FAULTS = {
  drop: 'connections dropped (both sides, at once)',
  blackhole: 'black holes (half-open, 1-4 s)',
  delay: 'delays (100-800 ms per chunk, 2-5 s)',
  refuseUpgrades: 'WebSocket upgrades refused (3-8 s)',
  refuseConnections: 'connections refused (1-3 s)',
  loseResponses: 'meal POST responses lost (windows of 2-5 s)',
  apiKill: 'SIGKILL + restart of the api+realtime process',
  workerKillMidJob: 'SIGKILL + restart of the worker mid-job',
  workerKillIdle: 'SIGKILL + restart of the worker with no job running',
} as const;

export type FaultName = keyof typeof FAULTS;
export type FaultCounts = Record<FaultName, number>;

export const noFaults = (): FaultCounts =>
  Object.fromEntries(Object.keys(FAULTS).map((name) => [name, 0])) as FaultCounts;
