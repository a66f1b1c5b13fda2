import { useId } from 'react';
import { linePath, niceMax } from './scale.js';

export type Series = Readonly<{ name: string; tone: string; values: ReadonlyArray<number | null> }>;

type Props = {
  title: string;
  /** What the chart shows, for people who cannot see it. */
  description: string;
  times: readonly number[];
  series: readonly Series[];
  format: (value: number) => string;
  emptyText?: string;
  /** Counts: the axis shows whole numbers only. */
  integer?: boolean;
};

const W = 320;
const H = 140;
const PAD = { left: 44, right: 8, top: 10, bottom: 22 };

const clock = (at: number) =>
  new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const lastValue = (values: ReadonlyArray<number | null>): number | null => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] != null) return values[i] as number;
  return null;
};

/** A small time-series chart in SVG: a line per series, gaps where there was nothing to measure. */
export const LineChart = ({
  title,
  description,
  times,
  series,
  format,
  emptyText,
  integer = false,
}: Props) => {
  const titleId = useId();
  const descId = useId();
  const all = series.flatMap((s) => s.values.filter((v): v is number => v != null));
  const latest = series.map((s) => ({ ...s, last: lastValue(s.values) }));
  const summary = latest.map((s) => `${s.name} ${s.last == null ? 'none' : format(s.last)}`).join(', ');

  if (times.length < 2) {
    return (
      <figure className="chart">
        <figcaption className="chart-title">{title}</figcaption>
        <p className="chart-empty">{emptyText ?? 'Collecting readings…'}</p>
      </figure>
    );
  }

  const max = Math.max(integer ? 1 : 0, niceMax(Math.max(0, ...all)));
  const first = times[0] as number;
  const span = Math.max(1, (times[times.length - 1] as number) - first);
  const x = (at: number) => PAD.left + ((at - first) / span) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / max) * (H - PAD.top - PAD.bottom);
  const ticks = integer && max < 2 ? [0, max] : [0, max / 2, max];

  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="chart-svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{`${description} Latest: ${summary}.`}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="chart-rule">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 3} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        <text className="chart-axis" x={PAD.left} y={H - 6}>
          {clock(first)}
        </text>
        <text className="chart-axis" x={W - PAD.right} y={H - 6} textAnchor="end">
          {clock(times[times.length - 1] as number)}
        </text>
        {series.map((s) => {
          const points = s.values.map((v, i) =>
            v == null ? null : ([x(times[i] as number), y(v)] as const),
          );
          const lone = points.filter((p, i) => p && !points[i - 1] && !points[i + 1]);
          return (
            <g key={s.name} className={`chart-series tone-${s.tone}`}>
              <path d={linePath(points)} />
              {lone.map((p) => p && <circle key={`${p[0]}`} cx={p[0]} cy={p[1]} r={2.5} />)}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {latest.map((s) => (
          <li key={s.name}>
            <span className={`swatch tone-${s.tone}`} aria-hidden="true" />
            {s.name} <strong>{s.last == null ? '–' : format(s.last)}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
};
