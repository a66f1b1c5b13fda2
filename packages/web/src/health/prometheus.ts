/** One line of the Prometheus text exposition format. */
export type Sample = Readonly<{ name: string; labels: Readonly<Record<string, string>>; value: number }>;

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
// `\s*(?:,\s*)?`, not `\s*,?\s*`: two whitespace runs in a row would backtrack against each other.
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(?:,\s*)?/g;

const unescapeLabel = (value: string) =>
  value.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));

const number = (text: string): number => {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
};

/** Parses the text format (version 0.0.4), as `GET /metrics` serves it; comments and junk lines are skipped. */
export const parsePrometheus = (text: string): Sample[] => {
  const samples: Sample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match?.[1] || match[3] === undefined) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(LABEL))
      labels[label[1] as string] = unescapeLabel(label[2] ?? '');
    samples.push({ name: match[1], labels, value: number(match[3]) });
  }
  return samples;
};

/** The sum of a metric's samples whose labels match `where`. */
export const total = (samples: readonly Sample[], name: string, where: Record<string, string> = {}): number =>
  samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

/** A metric's values keyed by one label (summed over the others). */
export const byLabel = (samples: readonly Sample[], name: string, label: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const s of samples) {
    if (s.name !== name) continue;
    const key = s.labels[label] ?? '';
    out[key] = (out[key] ?? 0) + s.value;
  }
  return out;
};
