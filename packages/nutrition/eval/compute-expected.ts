/**
 * `npm run eval:expected -- ../shared/usda`: computes every phrase's expected grams and nutrients
 * from the USDA CSV files and writes `expected.generated.json`, which the eval reads (so it runs
 * without ../shared). Rerun it after changing a phrase; `expected.test.ts` checks it is current.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED_FILE, serializeExpected } from './expected.js';
import { computeExpected } from './expected-values.js';
import { EVAL_PHRASES } from './phrases.js';
import { findUsdaDir, loadUsdaTables } from './usda-csv.js';

const dirArg = process.argv[2];
const dir = dirArg === undefined ? null : findUsdaDir([resolve(dirArg)]);
if (dir === null) {
  process.stderr.write(
    `usage: npm run eval:expected -- <folder with the USDA CSV files, e.g. ../shared/usda>\n`,
  );
  process.exit(2);
}
const generated = computeExpected(EVAL_PHRASES, loadUsdaTables(dir));
// Written as the repository's formatter writes JSON, so `biome check` in `npm test` stays clean.
const biome = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));
const formatted = execFileSync(biome, ['format', `--stdin-file-path=${EXPECTED_FILE}`], {
  input: serializeExpected(generated),
  maxBuffer: 64 * 1024 * 1024,
});
writeFileSync(EXPECTED_FILE, formatted);
const items = generated.phrases.reduce((n, p) => n + p.items.length, 0);
process.stdout.write(`wrote ${EXPECTED_FILE}: ${generated.phrases.length} phrases, ${items} items\n`);
