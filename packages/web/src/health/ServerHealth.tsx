import { useClient } from '../app/client-context.js';
import { formatClock } from '../meal/format.js';
import { LineChart } from '../ui/charts/LineChart.js';
import { ShareBar } from '../ui/charts/ShareBar.js';
import { StatTile } from '../ui/StatTile.js';
import { formatCount, formatMaybeMs, formatMs, formatRate } from './format-metrics.js';
import { quantile } from './histogram.js';
import { SAMPLE_INTERVAL_MS, useServerMetrics } from './metrics-sampler.js';
import { metricsSeries } from './metrics-series.js';

const seconds = (value: number | null) => (value === null ? null : value * 1000);

/**
 * Your connections and deliveries as the server counts them (GET /api/v1/me/connection-health), read
 * every two seconds and drawn over time, beside the server's overall service level.
 */
export const ServerHealth = () => {
  const { points, error, loading } = useServerMetrics(useClient());
  const latest = points[points.length - 1];
  const series = metricsSeries(points);
  const waitText = `Collecting readings: the first line appears after ${(2 * SAMPLE_INTERVAL_MS) / 1000} seconds.`;

  return (
    <section className="health-section" aria-labelledby="server-title">
      <div className="section-head">
        <h2 id="server-title">Server</h2>
        <p className="muted small">
          Your own connections and events as the server counts them, every {SAMPLE_INTERVAL_MS / 1000} s
          {latest ? `, last read ${formatClock(latest.at)}` : ''}.
        </p>
      </div>
      {error && (
        <div className="banner warn" role="alert">
          The server's figures could not be read: {error}.{latest ? ' Showing the last readings.' : ''}
        </div>
      )}
      {!latest && !error && loading && <p className="empty">Reading the server's figures…</p>}
      {latest && (
        <>
          <dl className="stats">
            <StatTile
              label="Open connections"
              value={latest.open.websocket + latest.open.sse + latest.open.long_poll}
              note={`${latest.open.websocket} WS · ${latest.open.sse} SSE · ${latest.open.long_poll} poll`}
            />
            <StatTile
              label="Events delivered"
              value={formatCount(latest.delivered)}
              note="acknowledged over WebSocket"
            />
            <StatTile
              label="Commit → ack"
              value={formatMaybeMs(seconds(quantile(latest.latency, 0.5)))}
              note={`p99 ${formatMaybeMs(seconds(quantile(latest.latency, 0.99)))} · all users p99 ${formatMaybeMs(seconds(latest.server.latency.p99))}`}
            />
            <StatTile
              label="Processing"
              value={formatMaybeMs(seconds(quantile(latest.processing, 0.5)))}
              note={`p99 ${formatMaybeMs(seconds(quantile(latest.processing, 0.99)))} · all users p99 ${formatMaybeMs(seconds(latest.server.processing.p99))}`}
            />
          </dl>
          <div className="chart-grid">
            <LineChart
              title="Open connections"
              description="Your open WebSockets, SSE streams and held long-polls over time."
              times={series.times}
              series={[
                { name: 'WebSocket', tone: 'ws', values: series.open.websocket },
                { name: 'SSE', tone: 'sse', values: series.open.sse },
                { name: 'Long-poll', tone: 'poll', values: series.open.long_poll },
              ]}
              format={(v) => formatCount(Math.round(v * 10) / 10)}
              emptyText={waitText}
              integer
            />
            <LineChart
              title="Events delivered per second"
              description="Your events acknowledged over WebSocket, per second, over time."
              times={series.times}
              series={[{ name: 'Delivered', tone: 'ws', values: series.deliveredPerSecond }]}
              format={formatRate}
              emptyText={waitText}
            />
            <LineChart
              title="Commit-to-ack latency"
              description="From an event's commit to the client's acknowledgement, p50 and p99 per interval; gaps where nothing was delivered."
              times={series.times}
              series={[
                { name: 'p50', tone: 'p50', values: series.latencyP50Ms },
                { name: 'p99', tone: 'p99', values: series.latencyP99Ms },
              ]}
              format={formatMs}
              emptyText={waitText}
            />
            <LineChart
              title="Processing time"
              description="Duration of the AI step for your meals, p50 and p99 per interval; gaps where nothing was processed."
              times={series.times}
              series={[
                { name: 'p50', tone: 'p50', values: series.processingP50Ms },
                { name: 'p99', tone: 'p99', values: series.processingP99Ms },
              ]}
              format={formatMs}
              emptyText={waitText}
            />
            <ShareBar
              title="Events sent by transport"
              unit="events"
              shares={[
                { label: 'WebSocket', value: latest.sent.websocket, tone: 'ws' },
                { label: 'SSE', value: latest.sent.sse, tone: 'sse' },
                { label: 'Long-poll', value: latest.sent.long_poll, tone: 'poll' },
              ]}
            />
            <ShareBar
              title="Processing outcomes"
              unit="meals"
              emptyText="No meal processed yet."
              shares={[
                { label: 'Completed', value: latest.outcomes.completed ?? 0, tone: 'good' },
                { label: 'No food found', value: latest.outcomes.failed ?? 0, tone: 'warn' },
                { label: 'Errors', value: latest.outcomes.error ?? 0, tone: 'bad' },
                { label: 'Retried', value: latest.outcomes.retried ?? 0, tone: 'idle' },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
};
