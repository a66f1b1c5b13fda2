/** The committed, generated expected values: where they live and how they are read and written. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GeneratedExpected } from './expected-values.js';

export const EXPECTED_FILE = fileURLToPath(new URL('./expected.generated.json', import.meta.url));

export function serializeExpected(generated: GeneratedExpected): string {
  return `${JSON.stringify(generated, null, 2)}\n`;
}

export function loadExpected(file = EXPECTED_FILE): GeneratedExpected {
  return JSON.parse(readFileSync(file, 'utf8')) as GeneratedExpected;
}
