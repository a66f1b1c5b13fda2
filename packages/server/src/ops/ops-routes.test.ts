import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { waitForMetric } from '../testing/metrics-reader.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

type Sample = { name: string; labels: string; value: number };
type Exposition = { help: Map<string, string>; types: Map<string, string>; samples: Sample[] };

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\["\\\\n])*"';
// A value is what Go's ParseFloat reads, which ignores the case of NaN and Inf: prom-client writes `Nan`.
const VALUE = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?|[+-]?inf(?:inity)?|nan';
const SAMPLE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*,?)?\\})? (${VALUE})(?: -?\\d+)?$`, 'i');
const HELP_OR_TYPE = new RegExp(`^# (HELP|TYPE) (${NAME})(?: (.*))?$`);
const SUFFIXES: Record<string, readonly string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
};

/** The family a sample belongs to: its own name, or a histogram's or summary's before its suffix. */
const familyOf = (name: string, types: Map<string, string>): string | undefined => {
  if (types.has(name)) return name;
  for (const [family, type] of types)
    if (SUFFIXES[type]?.some((suffix) => name === `${family}${suffix}`)) return family;
  return undefined;
};

/**
 * Parses Prometheus text exposition (format 0.0.4) strictly: each line is a HELP, a TYPE, another
 * comment or a sample, and each sample follows the TYPE of its family. Throws on the first line
 * that is none of these, so a test sees which one.
 */
const parseExposition = (text: string): Exposition => {
  const exposition: Exposition = { help: new Map(), types: new Map(), samples: [] };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const declaration = HELP_OR_TYPE.exec(line);
    if (declaration) {
      const [, kind, name = '', rest = ''] = declaration;
      if (kind === 'HELP') exposition.help.set(name, rest);
      else if (/^(counter|gauge|histogram|summary|untyped)$/.test(rest)) exposition.types.set(name, rest);
      else throw new Error(`unknown metric type: ${line}`);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    const [, name = '', labels = '', value = ''] = sample;
    if (!familyOf(name, exposition.types)) throw new Error(`sample before its # TYPE: ${line}`);
    exposition.samples.push({ name, labels, value: Number(value.replace(/inf(inity)?$/i, 'Infinity')) });
  }
  return exposition;
};

/** The families the contract names, by what each measures, with the type each must have. */
const CONTRACT_FAMILIES: Array<[string, string, string]> = [
  ['open connections', 'fitiq_open_connections', 'gauge'],
  ['events appended', 'fitiq_events_appended_total', 'counter'],
  ['delivery latency', 'fitiq_delivery_latency_seconds', 'histogram'],
  ['polling requests', 'fitiq_poll_requests_total', 'counter'],
  ['SSE requests', 'fitiq_sse_requests_total', 'counter'],
  ['processing duration', 'fitiq_processing_duration_seconds', 'histogram'],
  ['processing outcomes', 'fitiq_processing_outcomes_total', 'counter'],
  ['job queue depth', 'fitiq_job_queue_depth', 'gauge'],
  ['job retries', 'fitiq_job_retries_total', 'counter'],
];

const PROMETHEUS_TEXT =
  /^text\/plain; version=0\.0\.4(;|$)|^application\/openmetrics-text; version=1\.0\.0(;|$)/;

describe('GET /metrics', () => {
  let server: RunningServer;
  let scrape: { contentType: string; exposition: Exposition };
  beforeAll(async () => {
    server = await startTestServer();
    // One meal through to its end and one poll, so that labelled families have samples too.
    const { access_token: token } = await registerUser(server.url);
    await logMeal(server.url, token, 'two eggs and toast');
    // The completion's event is counted last, once its transaction has committed.
    await waitForMetric(server.url, 'fitiq_events_appended_total{type="meal_log.completed"}', 1);
    await request(server.url, 'GET', '/api/v1/events?after=0', { token });
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    scrape = {
      contentType: response.headers.get('content-type') ?? '',
      exposition: parseExposition(await response.text()),
    };
  });
  afterAll(() => server.close());

  it('is served as Prometheus text exposition, every line of it well formed', () => {
    expect(scrape.contentType).toMatch(PROMETHEUS_TEXT);
    expect(scrape.exposition.samples.length).toBeGreaterThan(0);
  });

  it('the parser takes exposition format and nothing else', () => {
    const valid = parseExposition('# HELP fitiq_x An x\n# TYPE fitiq_x gauge\nfitiq_x{a="b \\"c\\""} Nan\n');
    expect(valid.samples).toEqual([{ name: 'fitiq_x', labels: '{a="b \\"c\\""}', value: Number.NaN }]);
    expect(() => parseExposition('<html><body>metrics</body></html>\n')).toThrow(/not a sample line/);
    expect(() => parseExposition('fitiq_x 1\n')).toThrow(/before its # TYPE/);
    expect(() => parseExposition('# TYPE fitiq_x counter\nfitiq_x{a=b} 1\n')).toThrow(/not a sample line/);
  });

  it.each(CONTRACT_FAMILIES)('%s: %s has # HELP and # TYPE %s', (_what, name, type) => {
    expect(scrape.exposition.help.get(name)).toEqual(expect.stringMatching(/\S/));
    expect(scrape.exposition.types.get(name)).toBe(type);
  });

  it('the delivery latency histogram has cumulative buckets up to +Inf, a _sum and a _count', () => {
    const { samples } = scrape.exposition;
    const buckets = samples.filter((s) => s.name === 'fitiq_delivery_latency_seconds_bucket');
    expect(buckets.length).toBeGreaterThan(1);
    expect(buckets.at(-1)?.labels).toBe('{le="+Inf"}');
    const counts = buckets.map((bucket) => bucket.value);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const count = samples.find((s) => s.name === 'fitiq_delivery_latency_seconds_count');
    expect(count?.value).toBe(buckets.at(-1)?.value);
    expect(samples.some((s) => s.name === 'fitiq_delivery_latency_seconds_sum')).toBe(true);
  });

  it('counts what happened: the meal appended a created and a completed event and was processed once', () => {
    const value = (name: string, labels: string) =>
      scrape.exposition.samples.find((s) => s.name === name && s.labels === labels)?.value;
    expect(value('fitiq_events_appended_total', '{type="meal_log.created"}')).toBe(1);
    expect(value('fitiq_events_appended_total', '{type="meal_log.completed"}')).toBe(1);
    expect(value('fitiq_processing_outcomes_total', '{outcome="completed"}')).toBe(1);
    expect(value('fitiq_processing_duration_seconds_count', '{outcome="completed"}')).toBe(1);
    expect(value('fitiq_job_queue_depth', '')).toBe(0);
  });
});

describe('every node, whatever its roles, serves /healthz, /readyz and /metrics', () => {
  /** What each node must, and must not, serve besides: proof that its roles were applied. */
  const nodes: Array<[string, { serves: string[]; lacks: string[]; worker: boolean }]> = [
    ['worker', { serves: [], lacks: ['/api/v1/meal-logs', '/api/v1/events'], worker: true }],
    ['api', { serves: ['/api/v1/meal-logs'], lacks: ['/api/v1/events'], worker: false }],
    ['realtime', { serves: ['/api/v1/events'], lacks: ['/api/v1/meal-logs'], worker: false }],
  ];

  it.each(nodes)('a %s-only node on SQLite', async (role, expected) => {
    const server = await startTestServer({ config: testConfig({}, { FITIQ_ROLES: role }) });
    onTestFinished(() => server.close());

    const doc = await request<{ paths: Record<string, unknown> }>(server.url, 'GET', '/api/v1/openapi.json');
    const paths = Object.keys(doc.body.paths);
    expect(paths).toEqual(expect.arrayContaining(expected.serves));
    for (const path of expected.lacks) expect(paths).not.toContain(path);
    expect(server.workers !== null).toBe(expected.worker);

    const health = await request(server.url, 'GET', '/healthz');
    const ready = await request(server.url, 'GET', '/readyz');
    const metrics = await fetch(`${server.url}/metrics`);
    expect([health.status, ready.status, metrics.status]).toEqual([200, 200, 200]);
    expect(metrics.headers.get('content-type')).toMatch(PROMETHEUS_TEXT);
    expect(parseExposition(await metrics.text()).types.get('fitiq_job_queue_depth')).toBe('gauge');
  });
});
