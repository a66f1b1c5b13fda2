/**
 * Built-in parser throughput on one core: parses a fixed, varied list of meal texts over and over
 * for a bounded time and prints phrases per second, the median of several rounds.
 *
 *   node --conditions=source --import tsx packages/nutrition/bench/parse-throughput.ts [--json]
 *
 * Misspelt words are corrected once and then cached, as they are in a running server. Each round
 * also counts phrases per second of this process's CPU time, which other work on a shared
 * two-core machine does not dilute the way it dilutes wall-clock time.
 */
import { parseMeal } from '../src/index.js';

const PHRASES = [
  '2 eggs and a slice of toast with butter',
  'coffee with milk',
  'a bowl of oatmeal with a banana and a tbsp of honey',
  '1 1/2 cups of white rice and 6 oz grilled chicken breast',
  '½ avocado on whole wheat toast',
  'I had a big mac, large fries and a coke for lunch',
  'scrambeld eggs, bacon and hash browns',
  '2-3 slices of pepperoni pizza',
  'a couple of chocolate chip cookies',
  'greek yogurt with granola and blueberries',
  'salmon fillet, steamed broccoli & a baked potato',
  '200g pasta with tomato sauce and parmesan',
  'a glass of red wine',
  'two beers',
  'a handful of almonds',
  'peanut butter and jelly sandwich',
  'caesar salad with grilled chicken',
  'a dozen strawberries',
  'latte with oat milk',
  'chiken curry with naan',
  'mac and cheese',
  'apple\nbanana\norange',
  'a cup of black coffee with my breakfast',
  '1 tbsp olive oil',
  '3 pancakes with maple syrup and a pat of butter',
  'hello how are you',
  'went for a 5k run this morning',
  'asdfghjkl',
  'protein shake after the gym',
  'bowl of pho',
];

const ROUNDS = 7;
const ROUND_MS = 400;
const WARMUP_MS = 300;

function runFor(ms: number): number {
  const deadline = performance.now() + ms;
  let parsed = 0;
  while (performance.now() < deadline) {
    for (const phrase of PHRASES) parseMeal(phrase);
    parsed += PHRASES.length;
  }
  return parsed;
}

type Round = { wall: number; cpu: number };

function round(): Round {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const parsed = runFor(ROUND_MS);
  const cpu = process.cpuUsage(cpuStarted);
  return {
    wall: parsed / ((performance.now() - started) / 1000),
    cpu: parsed / ((cpu.user + cpu.system) / 1e6),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// The first parse builds the database indexes; keep that and JIT warm-up out of the figure.
const firstStarted = performance.now();
parseMeal(PHRASES[0] as string);
const setupMs = performance.now() - firstStarted;
runFor(WARMUP_MS);
const rounds = Array.from({ length: ROUNDS }, round);
const rates = rounds.map((r) => r.wall);
const phrasesPerSecond = Math.round(median(rates));
const phrasesPerCpuSecond = Math.round(median(rounds.map((r) => r.cpu)));

if (process.argv.includes('--json')) {
  const result = {
    name: 'nutrition parse throughput',
    unit: 'phrases/s',
    value: phrasesPerSecond,
    perCpuSecond: phrasesPerCpuSecond,
    rounds: rates.map(Math.round),
    setupMs: Math.round(setupMs),
    phrases: PHRASES.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(
    `parseMeal: ${phrasesPerSecond} phrases/s, ${phrasesPerCpuSecond} per CPU second (median of ${ROUNDS} rounds of ${ROUND_MS} ms, ${PHRASES.length} phrases; first parse incl. index build ${Math.round(setupMs)} ms)\n`,
  );
}
