import type { System } from './shared.js';
import { LABEL } from './shared.js';

export type Series = { system: System; points: Array<{ rate: number; p50: number; p99: number }> };

const COLOR: Record<System, string> = { fitiq: '#1b7f5b', sqlite: '#1d4ed8', socketio: '#c2410c' };

/** Latency against offered load, every system, log-scale latency: an SVG drawn by hand (no chart library). */
export const latencyChart = (series: Series[], title: string): string => {
  const width = 720;
  const height = 420;
  const left = 70;
  const right = 170;
  const top = 40;
  const bottom = 50;
  const all = series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.p99));
  const maxRate = Math.max(...all.map((p) => p.rate), 1);
  const maxMs = Math.max(...all.map((p) => p.p99), 10);
  const decades = Math.ceil(Math.log10(maxMs));
  const x = (rate: number) => left + (rate / maxRate) * (width - left - right);
  const y = (ms: number) => top + (1 - Math.log10(Math.max(ms, 1)) / decades) * (height - top - bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="bold">${title}</text>`,
  ];
  for (let d = 0; d <= decades; d++) {
    const ms = 10 ** d;
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`,
      `<text x="${left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms} ms</text>`,
    );
  }
  const ticks = 5;
  for (let t = 0; t <= ticks; t++) {
    const rate = Math.round((maxRate * t) / ticks);
    parts.push(`<text x="${x(rate)}" y="${height - bottom + 18}" text-anchor="middle">${rate}</text>`);
  }
  parts.push(
    `<text x="${(left + width - right) / 2}" y="${height - 12}" text-anchor="middle">offered events/s (5,000 clients)</text>`,
    `<line x1="${left}" x2="${width - right}" y1="${y(100)}" y2="${y(100)}" stroke="#888" stroke-dasharray="4 4"/>`,
    `<text x="${width - right + 6}" y="${y(100) + 4}" fill="#888">p99 limit</text>`,
  );
  series.forEach((s, i) => {
    for (const [key, dash] of [
      ['p99', ''],
      ['p50', ' stroke-dasharray="2 3"'],
    ] as const) {
      const points = s.points.filter((p) => Number.isFinite(p[key])).sort((a, b) => a.rate - b.rate);
      const path = points.map((p) => `${x(p.rate).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
      parts.push(
        `<polyline points="${path}" fill="none" stroke="${COLOR[s.system]}" stroke-width="2"${dash}/>`,
      );
      for (const p of points)
        parts.push(
          `<circle cx="${x(p.rate).toFixed(1)}" cy="${y(p[key]).toFixed(1)}" r="3" fill="${COLOR[s.system]}"/>`,
        );
    }
    const ly = top + 20 + i * 36;
    parts.push(
      `<line x1="${width - right + 6}" x2="${width - right + 30}" y1="${ly}" y2="${ly}" stroke="${COLOR[s.system]}" stroke-width="2"/>`,
      `<text x="${width - right + 36}" y="${ly + 4}">${LABEL[s.system]} p99</text>`,
      `<line x1="${width - right + 6}" x2="${width - right + 30}" y1="${ly + 16}" y2="${ly + 16}" stroke="${COLOR[s.system]}" stroke-width="2" stroke-dasharray="2 3"/>`,
      `<text x="${width - right + 36}" y="${ly + 20}">${LABEL[s.system]} p50</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
};
