import type { FaultProxy } from '@fitiq/client/testing';
import type { Random } from '../random.js';
import { pause } from '../wait.js';
import type { FaultCounts } from './faults.js';

type NetworkFault = 'drop' | 'blackhole' | 'delay' | 'refuseUpgrades' | 'refuseConnections' | 'loseResponses';

const WEIGHTS: Record<NetworkFault, number> = {
  drop: 3,
  blackhole: 2,
  delay: 2,
  refuseUpgrades: 2,
  refuseConnections: 1,
  loseResponses: 3,
};

const MEAL_POST = /^POST \/api\/v1\/meal-logs/;

/** Puts one fault on one proxy for a random while, then takes it off (a proxy has one fault at a time). */
const inject = async (proxy: FaultProxy, fault: NetworkFault, random: Random, signal: AbortSignal) => {
  switch (fault) {
    case 'drop':
      proxy.dropAll();
      return;
    case 'blackhole':
      proxy.set({ blackhole: true });
      await pause(random.int(1_000, 4_000), signal);
      break;
    case 'delay':
      proxy.set({ delayMs: random.int(100, 800) });
      await pause(random.int(2_000, 5_000), signal);
      break;
    case 'refuseUpgrades':
      proxy.set({ refuseUpgrades: true });
      await pause(random.int(3_000, 8_000), signal);
      break;
    case 'refuseConnections':
      proxy.set({ refuseConnections: true });
      await pause(random.int(1_000, 3_000), signal);
      break;
    case 'loseResponses':
      proxy.set({ loseResponses: MEAL_POST });
      await pause(random.int(2_000, 5_000), signal);
      break;
  }
  proxy.set({});
  // Connections that lived through a black hole or a delay carry its damage (lost or late bytes);
  // real networks end such episodes with a reset, and so does the soak.
  if (fault === 'blackhole') proxy.dropAll();
};

/**
 * Every 200-1500 ms, one client whose network is healthy gets a random fault. Resolves once `signal`
 * aborted and every fault under way was taken off again.
 */
export const runNetworkChaos = async (
  proxies: readonly FaultProxy[],
  random: Random,
  counts: FaultCounts,
  signal: AbortSignal,
): Promise<void> => {
  const busy = new Set<FaultProxy>();
  const under: Array<Promise<void>> = [];
  while (!signal.aborted) {
    await pause(random.int(200, 1_500), signal);
    const idle = proxies.filter((p) => !busy.has(p));
    if (signal.aborted || idle.length === 0) continue;
    const proxy = random.pick(idle);
    const fault = random.weighted(WEIGHTS);
    counts[fault]++;
    busy.add(proxy);
    under.push(inject(proxy, fault, random, signal).finally(() => busy.delete(proxy)));
  }
  await Promise.all(under);
  for (const proxy of proxies) proxy.set({});
};
