import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { latencyChart, type Series } from './chart.js';
import { RACE_PROCESSING_MS, RACE_RECOVERY_WINDOW_MS, type RaceResult, runRaceSuite } from './race.js';
import {
  P99_LIMIT_MS,
  runSession,
  type SessionPlan,
  type SessionResult,
  type Step,
  startSystem,
} from './session.js';
import { LABEL, SYSTEMS, type System } from './shared.js';
import { type Spread, spread } from './stats.js';
import { type Row, renderTable } from './table.js';

const RESULTS = new URL('./results/', import.meta.url);

const plans = (quick: boolean): { plan: SessionPlan; runs: number; raceTrials: number } => ({
  runs: quick ? 1 : 3,
  raceTrials: quick ? 10 : 20,
  plan: {
    warmClients: 500,
    clients: 5000,
    // The hard limit on open files here is 20,000 per process: 19,500 sockets is as close as it gets.
    largeClients: quick ? 10_000 : 19_500,
    rates: [200, 1000, 5000],
    ramp: [2000, 3000, 4000, 6000, 8000, 12_000],
    stepSeconds: quick ? 2 : 3,
    storm: { rate: 200, seconds: 6, dropAfterMs: 1500 },
  },
});

/** Highest delivered events/s among steps that kept p99 under the limit and kept up with the offered rate. */
const sustained = (steps: Step[]) =>
  Math.max(
    0,
    ...steps
      .filter((s) => s.p99 <= P99_LIMIT_MS && s.deliveredPerSecond >= 0.9 * s.rate)
      .map((s) => s.deliveredPerSecond),
  );

const stepAt = (steps: Step[], rate: number) => steps.find((s) => s.rate === rate);

export type CompareOptions = {
  quick: boolean;
  runs?: number;
  /** Row 2 alone, to iterate on latency: no race suite, memory steps, storm or ramp. */
  latencyOnly?: boolean;
  /** Only these systems (default all three). */
  systems?: readonly System[];
  stepSeconds?: number;
};

export const runCompare = async (options: CompareOptions): Promise<void> => {
  const { quick, latencyOnly = false } = options;
  const { plan: basePlan, raceTrials, ...defaults } = plans(quick);
  const plan: SessionPlan = {
    ...basePlan,
    latencyOnly,
    stepSeconds: options.stepSeconds ?? basePlan.stepSeconds,
  };
  const systems = SYSTEMS.filter((s) => !options.systems || options.systems.includes(s));
  const runs = options.runs ?? defaults.runs;
  // A partial run must not overwrite the published figures (BENCHMARKS.md reads results/).
  const results =
    latencyOnly || systems.length < SYSTEMS.length ? new URL(`file://${tmpdir()}/fitiq-compare/`) : RESULTS;
  const started = Date.now();
  // The machine's load when the run began: on a shared machine it says how much the figures are worth.
  const loadAtStart = loadavg()[1] as number;
  const sessions: SessionResult[] = [];
  // The race suite first: it is short, and its figures then make every partial report.
  const race: Record<System, RaceResult[]> = { fitiq: [], sqlite: [], socketio: [] };
  for (const system of latencyOnly ? [] : systems) {
    console.log(`[compare] race suite: ${LABEL[system]}`);
    const server = await startSystem(system, {
      FITIQ_PROCESSING_DELAY_MS: String(RACE_PROCESSING_MS),
      BENCH_PROCESSING_DELAY_MS: String(RACE_PROCESSING_MS),
      BENCH_RECOVERY_WINDOW_MS: String(RACE_RECOVERY_WINDOW_MS),
    });
    try {
      await server.call('users', { count: raceTrials * 4 });
      race[system] = await runRaceSuite(system, server, raceTrials);
    } finally {
      await server.stop();
    }
  }

  /** Writes the table, chart and raw figures of the sessions so far; prints the table when `final`. */
  const report = (final: boolean) => {
    const of = (system: System) => sessions.filter((s) => s.system === system);
    const figure = (pick: (s: SessionResult) => number | undefined) =>
      Object.fromEntries(
        SYSTEMS.map((system) => [system, spread(of(system).map((s) => pick(s) ?? Number.NaN))]),
      ) as Record<System, Spread>;
    const KiB = 1024;
    const memoryRows: Row[] = [
      {
        group: '1. Server RSS per connected client (KiB)',
        label: `${plan.clients.toLocaleString('en-US')} clients`,
        lowerIsBetter: true,
        goal: '<= 0.5x in memory',
        values: figure((s) => s.rssPerClient.small / KiB),
      },
      {
        group: '',
        label: `${plan.largeClients.toLocaleString('en-US')} clients`,
        lowerIsBetter: true,
        goal: '<= 0.5x in memory',
        values: figure((s) => s.rssPerClient.large / KiB),
      },
    ];
    const rows: Row[] = latencyOnly ? [] : memoryRows;
    for (const [mode, pick] of [
      ['push layer: one event per job', (s: SessionResult) => s.latency],
      ['full pipeline: meal_log.completed', (s: SessionResult) => s.pipeline],
    ] as const) {
      for (const rate of plan.rates) {
        for (const key of ['p50', 'p99', 'max'] as const) {
          rows.push({
            group:
              key === 'p50' && rate === plan.rates[0]
                ? `2. Commit-to-receipt latency (ms), 5,000 clients, ${mode}`
                : '',
            label: `${rate.toLocaleString('en-US')} events/s offered: ${key}`,
            lowerIsBetter: true,
            goal: key === 'p99' && rate === 1000 ? '<= 1x + SQLite' : '',
            values: figure((s) => stepAt(pick(s), rate)?.[key]),
          });
        }
        rows.push({
          group: '',
          label: `${rate.toLocaleString('en-US')} events/s offered: delivered events/s`,
          lowerIsBetter: false,
          goal: '',
          values: figure((s) => stepAt(pick(s), rate)?.deliveredPerSecond),
        });
        // What a job cost the server, every thread, from the step's start to its last receipt.
        rows.push({
          group: '',
          label: `${rate.toLocaleString('en-US')} events/s offered: server CPU per job (us, all threads)`,
          lowerIsBetter: true,
          goal: '',
          values: figure((s) => {
            const ms = stepAt(pick(s), rate)?.serverCpuMsPerJob;
            return ms === undefined ? undefined : ms * 1000;
          }),
        });
      }
    }
    if (!latencyOnly)
      rows.push(
        {
          group: `3. Max sustained delivered events/s (p99 <= ${P99_LIMIT_MS} ms), push layer`,
          label: '5,000 clients',
          lowerIsBetter: false,
          goal: '>= 1x + SQLite',
          values: figure((s) => sustained([...s.latency, ...s.ramp])),
        },
        {
          group: '',
          label: 'full pipeline (from the fixed rates only)',
          lowerIsBetter: false,
          goal: '>= 1x + SQLite',
          values: figure((s) => sustained(s.pipeline)),
        },
        {
          group: `4. Reconnect storm: ${plan.clients.toLocaleString('en-US')} clients dropped at once, ${plan.storm.rate} jobs/s meanwhile`,
          label: 'time to 99% live again (ms)',
          lowerIsBetter: true,
          goal: '',
          values: figure((s) => s.storm.t99),
        },
        {
          group: '',
          label: 'time to 100% live again (ms)',
          lowerIsBetter: true,
          goal: '',
          values: figure((s) => s.storm.t100),
        },
        {
          group: '',
          label: 'completions lost',
          lowerIsBetter: true,
          goal: '0',
          values: figure((s) => s.storm.lost),
        },
        {
          group: '',
          label: 'completions duplicated',
          lowerIsBetter: true,
          goal: '0',
          values: figure((s) => s.storm.duplicated),
        },
      );
    race.fitiq.forEach((result, i) => {
      const one = (v: number): Spread => ({ median: v, min: v, max: v, runs: 1 });
      rows.push({
        group:
          i === 0
            ? `5. Race suite: delivered fraction (${raceTrials} trials each, AI step ${RACE_PROCESSING_MS} ms)`
            : '',
        label: result.scenario,
        lowerIsBetter: false,
        goal: '100%',
        percent: true,
        values: Object.fromEntries(
          SYSTEMS.map((system) => [system, one(race[system][i]?.delivered ?? Number.NaN)]),
        ) as Record<System, Spread>,
      });
    });

    const chartSeries: Series[] = SYSTEMS.map((system) => {
      const rates = [
        ...new Set(of(system).flatMap((s) => [...s.latency, ...s.ramp].map((step) => step.rate))),
      ].sort((a, b) => a - b);
      return {
        system,
        points: rates.map((rate) => {
          const steps = of(system)
            .map((s) => [...s.latency, ...s.ramp].find((step) => step.rate === rate))
            .filter((s) => s !== undefined);
          return {
            rate,
            p50: spread(steps.map((s) => s.p50)).median,
            p99: spread(steps.map((s) => s.p99)).median,
          };
        }),
      };
    });
    const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}, Node ${process.version}`;
    const command = `npm run bench -- --compare${quick ? ' --quick' : ''}${options.runs ? ` --runs ${runs}` : ''}${latencyOnly ? ' --only latency' : ''}${systems.length < SYSTEMS.length ? ` --systems ${systems.join(',')}` : ''}${options.stepSeconds ? ` --step-seconds ${options.stepSeconds}` : ''}`;
    const load = `load average (5 min) ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[1] as number).toFixed(1)} at the end`;
    const table = renderTable(rows);
    mkdirSync(results, { recursive: true });
    writeFileSync(
      new URL('latency-vs-load.svg', results),
      latencyChart(chartSeries, 'p99 and p50 commit-to-receipt latency vs offered load (push layer)'),
    );
    writeFileSync(
      new URL('table.md', results),
      `<!-- written by \`${command}\` -->\n\nCommand: \`${command}\`  \nMachine: ${machine}  \nRuns: ${final ? `${runs} per system` : `${sessions.length} of ${runs * systems.length} sessions so far`} (median [min..max]); took ${Math.round((Date.now() - started) / 1000)} s; ${load}\n\n${table}\n`,
    );
    writeFileSync(
      new URL('latest.json', results),
      `${JSON.stringify({ command, machine, load, plan, runs, sessions, race }, null, 1)}\n`,
    );
    if (!final) return;
    console.log(
      `\nFitIQ vs Socket.IO + SQLite vs Socket.IO in memory (${command}; ${machine}; ${runs} run(s), median [min..max]; ${load})\n`,
    );
    console.log(table);
    console.log(`\nwrote ${new URL('table.md', results).pathname}, latency-vs-load.svg and latest.json`);
  };
  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so a noisy neighbour does not always land on the same system.
    const order = run % 2 === 0 ? systems : [...systems].reverse();
    for (const system of order) {
      console.log(`[compare] run ${run + 1}/${runs}: ${LABEL[system]}`);
      sessions.push(await runSession(system, plan));
      // Written after every session, so a run cut short still leaves the figures of the runs it made.
      report(sessions.length === runs * systems.length);
    }
  }
};
