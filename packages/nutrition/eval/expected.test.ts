import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExpected } from './expected.js';
import { computeExpected } from './expected-values.js';
import type { EvalPhrase } from './phrase.js';
import { EVAL_PHRASES } from './phrases.js';
import { loadUsdaTables, parseCsv, usdaDirForCheck } from './usda-csv.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const usdaDir = usdaDirForCheck(
  ['/work/shared/usda', resolve(repoRoot, '..', 'shared', 'usda')],
  process.env,
  console.warn,
);

describe('usdaDirForCheck', () => {
  const nowhere = ['/nonexistent/usda'];

  it('skips with one warning when the CSV files are missing outside CI', () => {
    const warnings: string[] = [];
    expect(usdaDirForCheck(nowhere, {}, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('NOT rechecked');
  });

  it('fails under CI=true when the CSV files are missing, so the check never silently stops', () => {
    expect(() => usdaDirForCheck(nowhere, { CI: 'true' }, () => {})).toThrow(/USDA CSV files not found/);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    const rows = parseCsv('ndb_no,amount,unit\r\n01001,1,"pat (1"" sq, 1/3"" high)"\r\n09040,1,cup\r\n');
    expect(rows).toEqual([
      { ndb_no: '01001', amount: '1', unit: 'pat (1" sq, 1/3" high)' },
      { ndb_no: '09040', amount: '1', unit: 'cup' },
    ]);
  });
});

describe.skipIf(usdaDir === null)('expected values recomputed from the USDA CSV files', () => {
  const tables = loadUsdaTables(usdaDir ?? '');

  it('equal the committed expected.generated.json (rerun npm run eval:expected -- ../shared/usda)', () => {
    expect(computeExpected(EVAL_PHRASES, tables)).toEqual(loadExpected());
  });

  it('take SR portions as "amount unit", FNDDS portions by description, volumes through the record\'s own cup', () => {
    const phrases: EvalPhrase[] = [
      {
        text: 'check',
        class: 'simple',
        items: [
          { record: 'sr28:01123', amount: { portion: '1 large', count: 2 }, why: 'two large eggs' },
          { record: 'fndds:92101000', amount: { portion: '1 cup (8 fl oz)' }, why: 'a cup of coffee' },
          { record: 'sr28:01079', amount: { fl_oz: 1 }, why: 'a splash of 2% milk' },
          { record: 'sr28:12061', amount: { oz: 1 }, why: 'a handful of almonds' },
        ],
      },
    ];
    const [check] = computeExpected(phrases, tables).phrases;
    expect(check?.items.map((i) => [i.grams, i.measure])).toEqual([
      [100, '2 x 1 large (50 g)'],
      [240, '1 cup (8 fl oz) (240 g)'],
      [30.5, '1 fl oz via 1 fl oz (30.5 g)'],
      [28.4, '1 oz x 28.35 g'],
    ]);
    expect(check?.items[0]).toMatchObject({ kcal: 143, protein_g: 12.6, fat_g: 9.5 });
  });

  it('refuse a portion the record does not list, naming the phrase and the portions it has', () => {
    const bad: EvalPhrase = {
      text: 'a jumbo banana',
      class: 'size_shape',
      items: [{ record: 'sr28:09040', amount: { portion: '1 jumbo' }, why: 'no such portion' }],
    };
    expect(() => computeExpected([bad], tables)).toThrow(
      /"a jumbo banana": no portion "1 jumbo" in Bananas, raw/,
    );
  });
});
