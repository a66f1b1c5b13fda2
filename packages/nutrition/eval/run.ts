/**
 * `npm run eval`: runs every labelled phrase through the built-in parser and prints how it did, per
 * class and overall, against the targets of issue 18. Expected values come from the committed
 * `expected.generated.json`, so it needs no USDA files. It reports and never gates, so it always
 * exits 0; `--json` prints the figures for tooling.
 */
import { parseMeal } from '../src/index.js';
import { evaluate, type PhraseResult } from './evaluate.js';
import { loadExpected } from './expected.js';
import { formatMisses, formatSummary } from './report.js';

const results: PhraseResult[] = loadExpected().phrases.map((phrase) => ({
  phrase,
  outcome: parseMeal(phrase.text),
}));
const report = evaluate(results);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${formatSummary(report)}\n\n${formatMisses(report.misses)}\n`);
}
