import type { TransportKind } from '@fitiq/client';
import { useActivity, useConnectionStatus } from '../app/client-hooks.js';
import { connectionView, TRANSPORT_LABEL } from '../connection/connection-label.js';
import { formatClock } from '../meal/format.js';
import { LineChart } from '../ui/charts/LineChart.js';
import { ShareBar } from '../ui/charts/ShareBar.js';
import { StatTile } from '../ui/StatTile.js';
import { describeDiagnostic, formatMaybeMs, formatMs } from './format-metrics.js';

const TRANSPORTS: ReadonlyArray<[TransportKind, string]> = [
  ['websocket', 'ws'],
  ['sse', 'sse'],
  ['long-poll', 'poll'],
];

/** How delivery went in this browser, from the SDK's own diagnostics. */
export const BrowserDiagnostics = () => {
  const status = useConnectionStatus();
  const { stats, recent, latencies } = useActivity();
  const view = connectionView(status);
  const failures = TRANSPORTS.reduce((sum, [kind]) => sum + stats.transports[kind].failures, 0);

  return (
    <section className="health-section" aria-labelledby="browser-title">
      <div className="section-head">
        <h2 id="browser-title">This browser</h2>
        <p className="muted small">What the SDK measured since this page was loaded.</p>
      </div>
      <dl className="stats">
        <StatTile
          label="Connection"
          value={view.label}
          note={status.transport ? `over ${TRANSPORT_LABEL[status.transport]}` : 'no transport'}
        />
        <StatTile
          label="Time to ready"
          value={formatMaybeMs(stats.timeToLive.lastMs)}
          note={`p50 ${formatMaybeMs(stats.timeToLive.p50)} over ${stats.timeToLive.count}`}
        />
        <StatTile
          label="Commit → here"
          value={formatMaybeMs(stats.eventLatency.p50)}
          note={`p99 ${formatMaybeMs(stats.eventLatency.p99)} over ${stats.eventLatency.count} events`}
        />
        <StatTile
          label="Reconnects"
          value={stats.reconnects}
          note={`${stats.switches} switches · ${failures} failed attempts · ${stats.gaps} gaps · ${stats.resets} resets`}
        />
      </dl>
      <div className="chart-grid">
        <LineChart
          title="Event latency here"
          description="Time from each event's commit on the server to its arrival in this browser (includes clock skew)."
          times={latencies.map((l) => l.at)}
          series={[{ name: 'Latency', tone: 'p50', values: latencies.map((l) => l.ms) }]}
          format={formatMs}
          emptyText="Shown once this browser has received two events: add a meal."
        />
        <ShareBar
          title="Events received by transport"
          unit="events"
          emptyText="No event received yet."
          shares={TRANSPORTS.map(([kind, tone]) => ({
            label: TRANSPORT_LABEL[kind],
            value: stats.transports[kind].events,
            tone,
          }))}
        />
      </div>
      <h3 className="log-title">Delivery log</h3>
      {recent.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="delivery-log">
          {recent.slice(0, 12).map(({ id, at, event }) => (
            <li key={id} className={`log-${event.type}`}>
              <time dateTime={new Date(at).toISOString()}>{formatClock(at)}</time> {describeDiagnostic(event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
