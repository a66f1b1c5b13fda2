import { sumDelivery } from './accounting/events.js';
import type { LatencySummary } from './accounting/latency.js';
import { FAULTS, type FaultCounts } from './chaos/faults.js';
import type { Collected } from './collect.js';

const n = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
const ms = (l: LatencySummary) => `${n(l.p50)} / ${n(l.p99)} / ${n(l.max)} ms`;

/** Markdown table: readable in a terminal and pasteable into the README as is. */
const table = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
};

/** The summary: meals, events, latency, faults; one row each, zero-loss rows first. */
export const summaryTable = (collected: Collected, faults: FaultCounts, lostResponses: number): string => {
  const { meals, stream, outcomes, latency } = collected;
  const sdkGaps = collected.rows.reduce((sum, row) => sum + row.client.counts.gaps, 0);
  const delivery = sumDelivery(collected.deliveries.map((d) => d.account));
  const rows: string[][] = [
    ['Meals submitted by clients (outbox, with Idempotency-Key)', n(meals.submitted)],
    ['Meals stored', n(meals.stored)],
    [
      'Meals final (completed / failed)',
      `${n(meals.final)} (${n(outcomes.completed)} / ${n(outcomes.failed)})`,
    ],
    ['Meals duplicated (one submission stored twice)', n(meals.duplicated)],
    ['Meals missing (submitted, not stored)', n(meals.missing)],
    ['Meals still processing / stored but never submitted', `${n(meals.notFinal)} / ${n(meals.unknown)}`],
    ['Events appended (all users, from the database)', n(stream.appended)],
    [
      'Gaps in the stored streams / meals with a bad event history',
      `${n(stream.gaps)} / ${n(stream.badMealHistories)}`,
    ],
    ['Events owed to clients (sum over clients)', n(delivery.expected)],
    ['Events delivered to clients (after the SDK dedupe)', n(delivery.delivered)],
    ['Events missing', n(delivery.missing)],
    ['Events duplicated after dedupe', n(delivery.duplicated)],
    ['Raw duplicates dropped by the SDK dedupe', n(delivery.rawDuplicates)],
    [
      'Events out of order / differing from the stored event',
      `${n(delivery.outOfOrder)} / ${n(delivery.mismatched)}`,
    ],
    ['Resets (cursor called expired)', n(delivery.resets)],
    ['Gaps a transport showed the SDK (it resumed from its cursor)', n(sdkGaps)],
    ['Commit-to-client latency p50 / p99 / max (faults included)', ms(latency)],
    ...(Object.keys(FAULTS) as Array<keyof typeof FAULTS>).map((name) => [
      `Fault: ${FAULTS[name]}`,
      n(faults[name]),
    ]),
    ['Meal responses actually swallowed by the proxies', n(lostResponses)],
  ];
  return table(['What', 'Count'], rows);
};

/** One row per client: where each transport stands. */
export const clientTable = (collected: Collected): string =>
  table(
    [
      'Client',
      'Owed',
      'Delivered',
      'Missing',
      'Dup',
      'Raw dup',
      'Reorder',
      'Meals',
      'p50 / p99 ms',
      'Reconnects',
    ],
    collected.rows.map(({ client, account, latency }) => [
      client.name,
      n(account.expected),
      n(account.delivered),
      n(account.missing),
      n(account.duplicated),
      n(account.rawDuplicates),
      n(account.outOfOrder),
      n(client.submitted.length),
      `${n(latency.p50)} / ${n(latency.p99)}`,
      n(client.client.diagnostics.snapshot().reconnects),
    ]),
  );
