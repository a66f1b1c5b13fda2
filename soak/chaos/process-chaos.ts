import type { Authority } from '../authority/authority.js';
import type { Random } from '../random.js';
import type { RestartableNode } from '../topology/node.js';
import { pause, waitUntil } from '../wait.js';
import type { FaultCounts } from './faults.js';

/** Waits (bounded) for a job to be running, so the kill lands mid-job; false if none came. */
const jobRunning = (authority: Authority): Promise<boolean> =>
  waitUntil(async () => (await authority.jobs()).running > 0, {
    timeoutMs: 5_000,
    everyMs: 50,
    what: 'a running job',
  }).then(
    () => true,
    () => false,
  );

/** SIGKILL, a random outage, restart. The restart happens even if the run ends during the outage. */
const killAndRestart = async (node: RestartableNode, random: Random) => {
  await node.kill();
  await pause(random.int(300, 2_500));
  await node.start();
};

/**
 * Every 5-12 s, SIGKILL the api+realtime process or the worker process (mid-job when one is running)
 * and start it again. Resolves once `signal` aborted and every process is up.
 */
export const runProcessChaos = async (
  nodes: { api: RestartableNode; worker: RestartableNode | null; authority: Authority },
  random: Random,
  counts: FaultCounts,
  signal: AbortSignal,
): Promise<void> => {
  const { api, worker, authority } = nodes;
  // Alternating (from a random first one) so that even a one-minute run kills each process.
  let apiNext = random.next() < 0.5;
  while (!signal.aborted) {
    await pause(random.int(5_000, 12_000), signal);
    if (signal.aborted) break;
    const killApi = !worker || apiNext;
    apiNext = !apiNext;
    if (killApi) {
      counts.apiKill++;
      await killAndRestart(api, random);
      continue;
    }
    counts[(await jobRunning(authority)) ? 'workerKillMidJob' : 'workerKillIdle']++;
    await killAndRestart(worker, random);
  }
  await Promise.all([api.start(), worker?.start()]);
};
