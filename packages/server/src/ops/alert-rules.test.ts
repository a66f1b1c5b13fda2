import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMetrics } from './metrics.js';

const ALERTS = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/alerts.yml');

type Rule = {
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};

/** Series Prometheus makes itself for every scrape target, not the server. */
const PROMETHEUS_SERIES = new Set(['up']);

const PROMQL_KEYWORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
]);

/**
 * The metric names a PromQL expression reads: identifiers that are neither functions nor
 * aggregations (followed by `(`), keywords, label names (inside braces or after by/without), string
 * literals, durations nor numbers.
 */
const metricNames = (expr: string): string[] => {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const name = match[0];
    const next = bare.slice((match.index ?? 0) + name.length).trimStart();
    if (next.startsWith('(') || PROMQL_KEYWORDS.has(name)) continue;
    if (/^(e|inf|nan)$/i.test(name)) continue;
    names.add(name);
  }
  return [...names];
};

/** Every series name the server exports: histograms as their _bucket, _sum and _count. */
const exportedSeries = async (): Promise<Set<string>> => {
  const { registry } = createMetrics();
  const series = new Set<string>();
  for (const metric of await registry.getMetricsAsJSON()) {
    const { name } = metric;
    const type = String(metric.type);
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) series.add(name + suffix);
    else if (type === 'summary') for (const suffix of ['', '_sum', '_count']) series.add(name + suffix);
    else series.add(name);
  }
  return series;
};

const rules = (): Rule[] => {
  const document = parse(readFileSync(ALERTS, 'utf8')) as { groups: Array<{ name: string; rules: Rule[] }> };
  return document.groups.flatMap((group) => group.rules);
};

describe('docs/alerts.yml', () => {
  it('reads the names out of PromQL, leaving functions, labels and keywords aside', () => {
    expect(
      metricNames(
        'histogram_quantile(0.99, sum by (le) (rate(a_bucket{job="x"}[5m]))) > 0.5 and sum(b) / on(instance) c',
      ).sort(),
    ).toEqual(['a_bucket', 'b', 'c']);
  });

  it('every rule names an alert, an expression, a severity and a summary', () => {
    for (const rule of rules()) {
      expect(rule.alert).toMatch(/^FitIQ[A-Za-z]+$/);
      expect(rule.expr.length).toBeGreaterThan(0);
      expect(['page', 'ticket']).toContain(rule.labels.severity);
      expect(rule.annotations.summary?.length).toBeGreaterThan(0);
    }
  });

  it('every metric a rule reads is one the server exports (or one Prometheus makes)', async () => {
    const exported = await exportedSeries();
    const unknown = rules().flatMap((rule) =>
      metricNames(rule.expr)
        .filter((name) => !exported.has(name) && !PROMETHEUS_SERIES.has(name))
        .map((name) => `${rule.alert}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('covers delivery p99, queue depth, failing jobs and readiness', () => {
    const exprs = rules().map((rule) => rule.expr);
    const reads = (name: string) => exprs.some((expr) => metricNames(expr).includes(name));
    expect(exprs.some((expr) => expr.includes('histogram_quantile(0.99'))).toBe(true);
    expect(reads('fitiq_delivery_latency_seconds_bucket')).toBe(true);
    expect(reads('fitiq_job_queue_depth')).toBe(true);
    expect(reads('fitiq_processing_outcomes_total')).toBe(true);
    expect(reads('fitiq_ready')).toBe(true);
  });
});
