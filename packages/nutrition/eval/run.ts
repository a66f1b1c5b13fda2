/**
 * `npm run eval`: runs every labelled phrase through the built-in parser and prints how it did.
 * It reports and never gates, so it always exits 0; `--json` prints the figures for tooling.
 */
import { parseMeal } from '../src/index.js';
import { evaluate, type PhraseResult } from './evaluate.js';
import { EVAL_PHRASES } from './phrases.js';
import { formatMisses, formatSummary } from './report.js';

const results: PhraseResult[] = EVAL_PHRASES.map((phrase) => ({ phrase, outcome: parseMeal(phrase.text) }));
const report = evaluate(results);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(`${formatSummary(report)}\n\n${formatMisses(report.misses)}\n`);
}
