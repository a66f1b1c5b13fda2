/**
 * Food search latency per query over the whole table: a few thousand varied queries (names,
 * synonyms, prefixes, typos, words of descriptions in any order, nonsense and hostile text), each
 * timed alone, several rounds; p50/p99 for the index and for a baseline measured in the same run
 * (a linear scan with substring match over the same entries, the catalog's former search).
 *
 *   npm run bench -- --only search
 *   node --conditions=source --import tsx packages/nutrition/bench/food-search.ts [--json]
 *
 * The table is the catalog's (every food of `foodDatabase()`, as `createFoodSearch` builds it). When
 * the USDA release extracts exist (FITIQ_USDA_DIR, default ../shared/usda beside the repository),
 * every SR28 and FNDDS record the table lacks is added as an uncurated entry, so the figures hold
 * for the whole release even while the committed table is smaller.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchEntriesOf } from '../src/catalog/search-entries.js';
import { foodDatabase } from '../src/index.js';
import { buildFoodSearchIndex, type SearchEntry } from '../src/search/index.js';

const LIMIT = 20;
const ROUNDS = 5;
const QUERIES_PER_KIND = 400;
const usdaDir =
  process.env.FITIQ_USDA_DIR ?? fileURLToPath(new URL('../../../../shared/usda/', import.meta.url));

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and new lines. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function usdaEntries(file: string, prefix: string, extra: (row: Record<string, string>) => string | null) {
  const [header, ...rows] = csvRows(readFileSync(join(usdaDir, file), 'utf8'));
  const columns = header ?? [];
  return rows.map((cells): SearchEntry => {
    const row = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    const id = `${prefix}-${cells[0]}`;
    return { id, name: row.description ?? '', synonyms: [], description: extra(row), curated: false };
  });
}

const table = searchEntriesOf(foodDatabase().foods);
const inTable = new Set(table.map((entry) => entry.id));
const hasUsda = existsSync(join(usdaDir, 'sr28-foods.csv')) && existsSync(join(usdaDir, 'fndds-foods.csv'));
const added = hasUsda
  ? [
      ...usdaEntries('sr28-foods.csv', 'sr28', () => null),
      ...usdaEntries('fndds-foods.csv', 'fndds', (row) => row.additional_description || null),
    ].filter((entry) => !inTable.has(entry.id))
  : [];
const entries = [...table, ...added];
const curated = entries.filter((entry) => entry.curated);
const usda = entries.filter((entry) => !entry.curated);

/** mulberry32: the same queries every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
const shuffle = <T>(items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
};

/** One or two slips in a word: a letter dropped, doubled, changed, or two neighbours swapped. */
function misspell(word: string): string {
  let typed = word;
  for (let slips = next() < 0.7 ? 1 : 2; slips > 0; slips -= 1) {
    const at = Math.floor(next() * (typed.length - 1));
    const slip = Math.floor(next() * 4);
    if (slip === 0) typed = typed.slice(0, at) + typed.slice(at + 1);
    else if (slip === 1) typed = typed.slice(0, at) + (typed[at] as string) + typed.slice(at);
    else if (slip === 2)
      typed = `${typed.slice(0, at)}${String.fromCharCode(97 + Math.floor(next() * 26))}${typed.slice(at + 1)}`;
    else typed = typed.slice(0, at) + (typed[at + 1] as string) + (typed[at] as string) + typed.slice(at + 2);
  }
  return typed;
}

type Query = { kind: string; text: string; target?: string };
const times = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);
const usdaOrCurated = usda.length > 0 ? usda : curated;
const queries: Query[] = [
  ...times(QUERIES_PER_KIND, () => {
    const entry = pick(curated);
    return {
      kind: 'name or synonym',
      text: next() < 0.5 ? entry.name : (pick(entry.synonyms) ?? entry.name),
    };
  }),
  ...times(QUERIES_PER_KIND, () => ({ kind: 'USDA description', text: pick(usdaOrCurated).name })),
  ...times(QUERIES_PER_KIND, () => {
    const words = wordsOf(pick(entries).name);
    const last = words[1] ?? words[0] ?? 'x';
    const typed = last.slice(0, 1 + Math.floor(next() * last.length));
    return { kind: 'prefix', text: words.length > 1 && next() < 0.5 ? `${words[0]} ${typed}` : typed };
  }),
  ...times(QUERIES_PER_KIND, () => {
    const entry = pick(entries);
    const words = wordsOf(entry.name).slice(0, 3);
    const long = words.filter((word) => word.length >= 6);
    const slipped =
      long.length === 0 ? words : words.map((word) => (word === long[0] ? misspell(word) : word));
    return { kind: 'typo', text: slipped.join(' '), target: entry.id };
  }),
  ...times(QUERIES_PER_KIND, () => {
    const entry = pick(usdaOrCurated);
    const words = shuffle(wordsOf(entry.name)).slice(0, 2 + Math.floor(next() * 3));
    return { kind: 'words in any order', text: words.join(' '), target: entry.id };
  }),
  ...times(QUERIES_PER_KIND, () => {
    const junk = [
      () =>
        times(5 + Math.floor(next() * 8), () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''),
      () => '🍕🥦🍗'.repeat(1 + Math.floor(next() * 50)),
      () => '!?,.;:-'.repeat(1 + Math.floor(next() * 100)),
      () => 'a '.repeat(500),
      () => pick(['c', 'b', 's', 'p', 'r', 'ch', 'co', 'br']),
      () => times(40, () => pick(wordsOf(pick(entries).name)) ?? 'x').join(' '),
    ];
    return { kind: 'nonsense, hostile, one letter', text: pick(junk)() };
  }),
];

/** The catalog's former search: substring of the lower-cased name, synonyms or description. */
function linearScan(table: readonly SearchEntry[]) {
  const haystacks = table.map((entry) =>
    [entry.name, ...entry.synonyms, entry.description ?? ''].join('\n').toLowerCase(),
  );
  return (query: string, limit: number): string[] => {
    const needle = query.trim().toLowerCase();
    if (needle === '') return [];
    const found: number[] = [];
    for (let i = 0; i < haystacks.length; i += 1)
      if ((haystacks[i] as string).includes(needle)) found.push(i);
    found.sort((a, b) => (table[a] as SearchEntry).name.length - (table[b] as SearchEntry).name.length);
    return found.slice(0, limit).map((i) => (table[i] as SearchEntry).id);
  };
}

type Timings = { times: Float64Array[]; cpu: Float64Array[]; found: Set<number> };

/**
 * Every query timed alone, ROUNDS times, rounds interleaved so a noisy moment hits all kinds alike.
 * Wall time (performance.now) and this process's CPU time (process.cpuUsage, µs): on a shared
 * machine the first includes time the OS gave to others, the second does not (it does include the
 * few µs of the cpuUsage call itself).
 */
function time(search: (query: string, limit: number) => string[]): Timings {
  const times = queries.map(() => new Float64Array(ROUNDS));
  const cpu = queries.map(() => new Float64Array(ROUNDS));
  const found = new Set<number>();
  for (let round = 0; round < ROUNDS; round += 1) {
    queries.forEach((query, i) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const ids = search(query.text, LIMIT);
      (times[i] as Float64Array)[round] = performance.now() - started;
      const used = process.cpuUsage(cpuBefore);
      (cpu[i] as Float64Array)[round] = (used.user + used.system) / 1000;
      if (query.target !== undefined && ids.includes(query.target)) found.add(i);
    });
  }
  return { times, cpu, found };
}

const quantile = (sorted: ArrayLike<number>, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

function summary({ times, cpu, found }: Timings, kind: string) {
  const picked = queries.flatMap((query, i) => (kind === 'all' || query.kind === kind ? [i] : []));
  const samples = Float64Array.from(picked.flatMap((i) => [...(times[i] as Float64Array)])).sort();
  const cpuSamples = Float64Array.from(picked.flatMap((i) => [...(cpu[i] as Float64Array)])).sort();
  // The slowest query by its median over the rounds: "any query", with one-off pauses left out.
  const medians = picked.map((i) => [quantile((times[i] as Float64Array).slice().sort(), 0.5), i] as const);
  const [worstMs, worst] = medians.reduce((a, b) => (b[0] > a[0] ? b : a), [0, -1] as const);
  const targeted = picked.filter((i) => queries[i]?.target !== undefined);
  return {
    p50: quantile(samples, 0.5),
    p99: quantile(samples, 0.99),
    max: samples[samples.length - 1] as number,
    cpuP50: quantile(cpuSamples, 0.5),
    cpuP99: quantile(cpuSamples, 0.99),
    worstMedian: worstMs,
    worstQuery: queries[worst]?.text.slice(0, 40) ?? '',
    recall: targeted.length === 0 ? null : targeted.filter((i) => found.has(i)).length / targeted.length,
  };
}

const buildStarted = performance.now();
const index = buildFoodSearchIndex(entries);
const buildMs = performance.now() - buildStarted;
const indexSearch = (query: string, limit: number) => index.search(query, limit).map((hit) => hit.id);
const baseline = linearScan(entries);
// Warm both up (JIT, caches) on the whole list before timing anything.
for (const query of queries) {
  indexSearch(query.text, LIMIT);
  baseline(query.text, LIMIT);
}
const indexTimes = time(indexSearch);
const baselineTimes = time(baseline);
const rows = ['all', ...new Set(queries.map((query) => query.kind))].map((kind) => ({
  kind,
  index: summary(indexTimes, kind),
  baseline: summary(baselineTimes, kind),
}));

const us = (ms: number) => `${Math.round(ms * 1000)} µs`;
const ratio = (base: number, ours: number) => (ours > 0 ? base / ours : Number.POSITIVE_INFINITY);
const load = loadavg()[0]?.toFixed(1);
if (process.argv.includes('--json')) {
  const result = {
    name: 'nutrition food search',
    unit: 'ms per query',
    entries: entries.length,
    usdaAdded: added.length,
    buildMs: Math.round(buildMs),
    loadAverage: Number(load),
    rows,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const source = hasUsda
    ? `the catalog's ${table.length} foods + ${added.length} SR28/FNDDS records it lacks from ${usdaDir}`
    : `the catalog's ${table.length} foods only; no USDA extracts at ${usdaDir} (FITIQ_USDA_DIR)`;
  process.stdout.write(
    `search: ${entries.length} entries (${curated.length} curated), ${source}; index built in ${Math.round(buildMs)} ms\n` +
      `  ${queries.length} queries x ${ROUNDS} rounds, limit ${LIMIT}, each timed alone; load average ${load} on ${availableParallelism()} cores\n` +
      `  baseline: linear scan, substring of the lower-cased name, synonyms or description (the former catalog search), same entries\n`,
  );
  for (const { kind, index: ours, baseline: base } of rows) {
    const recall =
      ours.recall === null
        ? ''
        : `\n    the entry the query was made from is in the top ${LIMIT}: index ${Math.round(100 * ours.recall)}%, baseline ${Math.round(100 * (base.recall ?? 0))}%`;
    process.stdout.write(
      `  ${kind}\n` +
        `    index    wall p50 ${us(ours.p50)}, p99 ${us(ours.p99)}; cpu p50 ${us(ours.cpuP50)}, p99 ${us(ours.cpuP99)}; slowest query (median of rounds) ${us(ours.worstMedian)} ${JSON.stringify(ours.worstQuery)}\n` +
        `    baseline wall p50 ${us(base.p50)}, p99 ${us(base.p99)}; cpu p50 ${us(base.cpuP50)}, p99 ${us(base.cpuP99)}\n` +
        `    baseline/index: ${ratio(base.p50, ours.p50).toFixed(1)}x at p50, ${ratio(base.p99, ours.p99).toFixed(1)}x at p99 (wall); ${ratio(base.cpuP99, ours.cpuP99).toFixed(1)}x at p99 (cpu)${recall}\n`,
    );
  }
}
