/**
 * `npm run foods:import -- <usda folder>`: reads the USDA CSV extracts and writes the numbers of
 * the food table to packages/nutrition/data/usda-foods.json, one record a line so a new release
 * shows as a readable diff. Rerun it whenever shared/usda changes; `usda-data.test.ts` fails until
 * the committed table equals what this writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USDA_TABLE_URL, type UsdaTable } from '../src/foods/usda-table.js';
import { readUsdaRelease, USDA_FILES } from './usda-csv.js';
import { tableRecords } from './usda-records.js';

export function buildUsdaTable(directory: string): UsdaTable {
  const files: Record<string, string> = {};
  for (const file of USDA_FILES) {
    files[file] = createHash('sha256')
      .update(readFileSync(join(directory, file)))
      .digest('hex');
  }
  return {
    provenance: {
      releases: ['USDA SR28 (SR Legacy)', 'USDA FNDDS 2017-2018'],
      files,
      generatedBy: 'npm run foods:import (packages/nutrition/import/run.ts)',
    },
    records: tableRecords(readUsdaRelease(directory)),
  };
}

/** JSON with one record per line: small diffs, and still a plain JSON file. */
export function serializeUsdaTable(table: UsdaTable): string {
  const lines = table.records.map((record) => `    ${JSON.stringify(record)}`);
  return `{\n  "provenance": ${JSON.stringify(table.provenance)},\n  "records": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const directory = process.argv[2];
  if (directory === undefined) {
    console.error('usage: npm run foods:import -- <folder with sr28-*.csv and fndds-*.csv>');
    process.exit(2);
  }
  const table = buildUsdaTable(resolve(directory));
  writeFileSync(USDA_TABLE_URL, serializeUsdaTable(table));
  console.log(`wrote ${table.records.length} USDA records to ${fileURLToPath(USDA_TABLE_URL)}`);
}
