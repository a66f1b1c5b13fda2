import { monitorEventLoopDelay } from 'node:perf_hooks';

/** One scrape of a FitIQ server's /metrics: `name{labels}` to value. */
const scrape = async (serverUrl: string): Promise<Map<string, number>> => {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const space = line.lastIndexOf(' ');
    values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return values;
};

const gcSeconds = (metrics: Map<string, number>): number => {
  let total = 0;
  for (const [name, value] of metrics)
    if (name.startsWith('fitiq_process_nodejs_gc_duration_seconds_sum')) total += value;
  return total;
};

export type PauseReport = {
  serverLagP99Ms: number;
  serverLagMaxMs: number;
  serverGcMs: number;
  loadgenLagP99Ms: number;
  loadgenLagMaxMs: number;
};

/**
 * Where a latency tail comes from: event-loop delay and GC time of the server (from its /metrics,
 * whose event-loop histogram restarts at every scrape) and event-loop delay of this process, the
 * load generator, over the same window. A tail that shows in one of them is that process's stall.
 */
export const watchPauses = async (serverUrl: string) => {
  const before = await scrape(serverUrl);
  const local = monitorEventLoopDelay({ resolution: 10 });
  local.enable();
  return async (): Promise<PauseReport> => {
    local.disable();
    const after = await scrape(serverUrl);
    const ms = (name: string) => (after.get(name) ?? Number.NaN) * 1000;
    return {
      serverLagP99Ms: ms('fitiq_process_nodejs_eventloop_lag_p99_seconds'),
      serverLagMaxMs: ms('fitiq_process_nodejs_eventloop_lag_max_seconds'),
      serverGcMs: (gcSeconds(after) - gcSeconds(before)) * 1000,
      loadgenLagP99Ms: local.percentile(99) / 1e6,
      loadgenLagMaxMs: local.max / 1e6,
    };
  };
};
