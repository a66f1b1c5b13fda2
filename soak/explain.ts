import type { Collected } from './collect.js';

/**
 * For each client that missed events: which seqs, and its connection's trace around the first one
 * (attempts, lives, switches, events with their transport, duplicates, gaps).
 */
export const explainLosses = (collected: Collected, streamSeqs: Map<string, number[]>): string[] =>
  collected.rows
    .filter((row) => row.account.missing > 0)
    .map(({ client }) => {
      const got = new Set(client.received.map((r) => r.seq));
      const missing = (streamSeqs.get(client.user) ?? []).filter((seq) => !got.has(seq));
      const first = missing[0] ?? 0;
      const at = client.trace.findIndex(
        (line) => line.includes(`"seq":${first},`) || line.includes(`"expected":${first},`),
      );
      const from = Math.max(0, (at < 0 ? client.trace.length : at) - 30);
      return [
        `${client.name} missed seqs ${missing.join(', ')}; trace around the first:`,
        ...client.trace.slice(from, from + 60).map((line) => `    ${line}`),
      ].join('\n');
    });
