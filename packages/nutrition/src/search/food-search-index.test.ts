import { describe, expect, it } from 'vitest';
import { buildFoodSearchIndex, type SearchHit } from './food-search-index.js';
import { FIXTURE_ENTRIES } from './testing/fixture-entries.js';

const index = buildFoodSearchIndex(FIXTURE_ENTRIES);
const ids = (query: string, limit = 10) => index.search(query, limit).map((hit) => hit.id);
const first = (query: string): SearchHit | undefined => index.search(query, 1)[0];

describe('ranking tiers', () => {
  it('a query that is a name finds it first, in any word order, case and punctuation', () => {
    expect(first('brown rice cooked')).toMatchObject({ id: 'rice-brown-cooked', tier: 'exact' });
    expect(first('Cooked, BROWN rice!')).toMatchObject({ id: 'rice-brown-cooked', tier: 'exact' });
  });

  it('then entries listing it as a synonym, then entries merely containing its words', () => {
    const hits = index.search('garbanzo', 10);
    expect(hits.map((hit) => [hit.id, hit.tier])).toEqual([
      ['chickpeas-cooked', 'synonym'],
      ['sr28-16057', 'prefix'],
    ]);
  });

  it('a synonym several entries share lists them in table order (the caller puts the usual form first)', () => {
    expect(index.search('egg', 2).map((hit) => [hit.id, hit.tier])).toEqual([
      ['egg-raw', 'synonym'],
      ['egg-fried', 'synonym'],
    ]);
  });

  it('tiers never interleave and scores only fall', () => {
    const order = ['exact', 'synonym', 'prefix', 'fuzzy'];
    for (const query of ['egg', 'rice', 'chicken', 'chiken', 'broccoli', 'cheese', 'br']) {
      const hits = index.search(query, 50);
      for (let i = 1; i < hits.length; i += 1) {
        const [before, after] = [hits[i - 1] as SearchHit, hits[i] as SearchHit];
        expect(order.indexOf(before.tier)).toBeLessThanOrEqual(order.indexOf(after.tier));
        expect(before.score).toBeGreaterThanOrEqual(after.score);
      }
    }
  });

  it('"NFS" is part of a USDA name: "milk" is the curated whole milk first, "Milk, NFS" after', () => {
    expect(index.search('milk', 2).map((hit) => [hit.id, hit.tier])).toEqual([
      ['milk-whole', 'synonym'],
      ['fndds-11100000', 'prefix'],
    ]);
  });

  it('a curated food comes before the USDA record of the same name', () => {
    expect(ids('strawberries raw', 2)).toEqual(['strawberries', 'sr28-09316']);
    expect(ids('broccoli boiled', 2)).toEqual(['broccoli-cooked', 'sr28-11091']);
  });

  it('among USDA records, the shorter description comes first', () => {
    expect(ids('burrito chick', 2)).toEqual(['fndds-58100200', 'fndds-58100255']);
  });

  it('a record named after the word comes before one that only mentions it', () => {
    const found = ids('chicken', 20);
    expect(found.indexOf('sr28-05064')).toBeLessThan(found.indexOf('fndds-58100200'));
    expect(found.indexOf('fndds-27146155')).toBeLessThan(found.indexOf('fndds-58100200'));
  });

  it('words found only in a description rank after the same words in a name', () => {
    expect(ids('turkey burrito')).toEqual(['fndds-58100200', 'fndds-58100255']);
    expect(first('turkey burrito')?.tier).toBe('prefix');
  });
});

describe('typos', () => {
  it.each([
    ['chiken', 'chicken-breast-grilled', 'a dropped letter'],
    ['chickem', 'chicken-breast-grilled', 'one wrong letter'],
    ['chikcen', 'chicken-breast-grilled', 'two letters swapped'],
    ['yougrt greek', 'yogurt-greek-nonfat', 'two letters swapped, words reversed'],
    ['brocoli', 'broccoli-cooked', 'a dropped double letter'],
    ['brocolli', 'broccoli-cooked', 'two edits in a long word'],
    ['strawbery', 'strawberries', 'a dropped letter before a plural'],
    ['chikin brest', 'chicken-breast-grilled', 'two words, three edits'],
    ['macaroni chese', 'mac-and-cheese', 'one word right, one wrong'],
  ])('%s finds %s (%s)', (query, id) => {
    expect(first(query)).toMatchObject({ id, tier: 'fuzzy' });
  });

  it('a correction that names a whole synonym beats one that only shares a word', () => {
    expect(ids('chiken brest', 1)).toEqual(['chicken-breast-grilled']);
    expect(ids('chiken brest', 20)).toContain('fndds-24122130');
  });

  it('short words are never corrected: three letters is too little to guess from', () => {
    expect(ids('bro rice')).toEqual([]);
    expect(ids('rize')).toContain('rice-white-cooked'); // four letters: one edit
  });

  it('a word too far from every word of the table finds nothing', () => {
    expect(ids('zorblat')).toEqual([]);
    expect(ids('chicken zorblat')).toEqual([]);
  });
});

describe('search as you type', () => {
  it('the last word may be the start of a word', () => {
    expect(first('chick')).toMatchObject({ id: 'chicken-breast-grilled', tier: 'prefix' });
    expect(ids('chick')).toContain('chickpeas-cooked');
    expect(first('brown ri')).toMatchObject({ id: 'rice-brown-cooked', tier: 'prefix' });
    expect(first('jalap')).toMatchObject({ id: 'jalapeno', tier: 'prefix' });
  });

  it('one letter is a word of its own, not the start of half the table', () => {
    expect(ids('c')).toEqual([]);
    expect(ids('ch').length).toBeGreaterThan(0);
  });

  it('a word found whole ranks before a longer word it starts', () => {
    const found = ids('egg', 30);
    expect(found.indexOf('egg-white-raw')).toBeLessThan(found.indexOf('eggplant-raw'));
  });

  it('a finished word ranks before words it is the start of', () => {
    expect(first('egg')?.id).toBe('egg-raw');
    expect(ids('egg', 20).indexOf('eggplant-raw')).toBeGreaterThan(ids('egg', 20).indexOf('egg-white-raw'));
  });
});

describe('words run together', () => {
  it('a curated name or synonym typed as one word still finds it', () => {
    expect(first('icecream')?.id).toBe('ice-cream-vanilla');
    expect(first('hardboiled egg')?.id).toBe('egg-hard-boiled');
    expect(first('icecraem')).toMatchObject({ id: 'ice-cream-vanilla', tier: 'fuzzy' });
  });
});

describe('plurals, accents and stop words', () => {
  it('a plural and its singular find the same foods', () => {
    expect(ids('eggs fried')).toEqual(ids('egg fried'));
    expect(ids('eggs', 2)).toEqual(['egg-raw', 'egg-fried']);
    expect(ids('strawberry', 1)).toEqual(['strawberries']);
    expect(first('cookies')).toMatchObject({ id: 'cookie-chocolate-chip', tier: 'synonym' });
    expect(ids('tomato')).toContain('sr28-11529'); // Tomatoes, red, ripe, raw
    expect(ids('chickpea')).toEqual(ids('chickpeas'));
  });

  it('accents and apostrophes are ignored', () => {
    expect(first('creme brulee')).toMatchObject({ id: 'creme-brulee', tier: 'exact' });
    expect(ids('jalapeño')).toEqual(ids('jalapeno'));
    expect(first('goats cheese')).toMatchObject({ id: 'cheese-goat', tier: 'synonym' });
  });

  it('"and", "with", "or" and their kind do not count', () => {
    expect(first('cheese and macaroni')).toMatchObject({ id: 'mac-and-cheese', tier: 'exact' });
    expect(first('burrito with chicken')).toMatchObject({ id: 'fndds-58100200', tier: 'exact' });
    expect(ids('and with or')).toEqual([]);
  });
});

describe('limit', () => {
  it('returns at most limit hits', () => {
    expect(index.search('chicken', 3)).toHaveLength(3);
    expect(index.search('chicken', 2.9)).toHaveLength(2);
    expect(ids('chicken', 1000).length).toBeLessThanOrEqual(FIXTURE_ENTRIES.length);
  });

  it.each([0, -1, Number.NaN, Number.NEGATIVE_INFINITY])('a limit of %s finds nothing', (limit) => {
    expect(index.search('chicken', limit)).toEqual([]);
  });

  it('an infinite limit finds every match once', () => {
    const found = ids('chicken', Number.POSITIVE_INFINITY);
    expect(new Set(found).size).toBe(found.length);
    expect(found.length).toBeGreaterThan(5);
  });
});

describe('hostile input', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \t\n '],
    ['punctuation', '!!! ,,, ???'],
    ['emoji', '🍕🍔🍟'],
    ['a lone surrogate', '\ud800chicken'],
    ['a NUL', 'chicken\u0000'],
  ])('%s answers without throwing', (_, query) => {
    expect(() => index.search(query, 10)).not.toThrow();
  });

  it('blank and symbol-only queries find nothing', () => {
    for (const query of ['', '   ', '!!!', '🍕']) expect(index.search(query, 10)).toEqual([]);
  });

  it('long queries are cut, not refused', () => {
    expect(first(`chicken ${'x'.repeat(10_000)}`)).toBeUndefined();
    expect(first(`chicken breast ${'!'.repeat(10_000)}`)?.id).toBe('chicken-breast-grilled');
    expect(() => index.search('a b c d e f g h i j k l m n o p '.repeat(500), 10)).not.toThrow();
    expect(() => index.search('chicken '.repeat(2000), 10)).not.toThrow();
  });

  it('a query that is not a string finds nothing', () => {
    expect(index.search(undefined as unknown as string, 10)).toEqual([]);
  });

  it('an empty table finds nothing', () => {
    expect(buildFoodSearchIndex([]).search('chicken', 10)).toEqual([]);
  });
});

describe('determinism', () => {
  it('the same query on the same table answers the same, whatever came before', () => {
    const before = index.search('chiken brest', 10);
    for (const query of ['egg', 'brocolli', 'chick', '🍕', 'rice']) index.search(query, 10);
    expect(index.search('chiken brest', 10)).toEqual(before);
    expect(buildFoodSearchIndex(FIXTURE_ENTRIES).search('chiken brest', 10)).toEqual(before);
  });

  it('equal scores are ordered by place in the table', () => {
    const reversed = buildFoodSearchIndex([...FIXTURE_ENTRIES].reverse());
    expect(ids('egg', 3)).toEqual(['egg-raw', 'egg-fried', 'egg-hard-boiled']);
    expect(reversed.search('egg', 3).map((hit) => hit.id)).toEqual([
      'egg-hard-boiled',
      'egg-fried',
      'egg-raw',
    ]);
  });
});
