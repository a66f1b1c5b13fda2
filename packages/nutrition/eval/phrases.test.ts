import { describe, expect, it } from 'vitest';
import { foodDatabase } from '../src/index.js';
import { type FoodPhrase, INPUT_FEATURES, isNonFood, type PhraseKind } from './phrase.js';
import { EVAL_PHRASES } from './phrases.js';

const foodPhrases = EVAL_PHRASES.filter((p): p is FoodPhrase => !isNonFood(p));
const nonFoodPhrases = EVAL_PHRASES.filter(isNonFood);

/** One working clause: `<words> = G g x K kcal/100 g (FDC N) = C kcal`. */
const CLAUSE = /= ([\d.]+) g x ([\d.]+) kcal\/100 g \(FDC (\d+)\) = (\d+) kcal$/;

describe('the evaluation set', () => {
  it('has at least 200 phrases, 180 about food and 20 that name no food', () => {
    expect(EVAL_PHRASES.length).toBeGreaterThanOrEqual(200);
    expect(foodPhrases.length).toBeGreaterThanOrEqual(180);
    expect(nonFoodPhrases.length).toBeGreaterThanOrEqual(20);
  });

  it('never lists the same text twice', () => {
    const texts = EVAL_PHRASES.map((p) => p.text.toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('covers every kind of input the issue names, each at least twice', () => {
    const counts = new Map(INPUT_FEATURES.map((f) => [f, 0]));
    for (const p of EVAL_PHRASES) for (const f of p.covers) counts.set(f, (counts.get(f) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n < 2).map(([f]) => f)).toEqual([]);
    expect(counts.get('non_food')).toBe(nonFoodPhrases.length);
  });

  it('spreads food phrases over every kind of meal', () => {
    const kinds = new Set<PhraseKind>(foodPhrases.map((p) => p.kind));
    const expected: PhraseKind[] = [
      'breakfast',
      'lunch',
      'dinner',
      'snack',
      'drink',
      'coffee',
      'fast_food',
      'dish',
    ];
    expect([...kinds].sort()).toEqual(expected.sort());
  });

  it('gives every food phrase at least one item and a total equal to the sum of its items', () => {
    for (const p of foodPhrases) {
      expect(p.items.length, p.text).toBeGreaterThan(0);
      const sum = p.items.reduce((total, item) => total + item.kcal, 0);
      expect(Math.abs(p.total_kcal - sum), p.text).toBeLessThanOrEqual(1);
    }
  });

  it('shows one working clause per item, whose arithmetic gives the item its grams and kcal', () => {
    for (const p of foodPhrases) {
      const clauses = p.working.split('; ');
      expect(clauses.length, p.text).toBe(p.items.length);
      p.items.forEach((item, i) => {
        const match = CLAUSE.exec(clauses[i] ?? '');
        expect(match, `${p.text}: ${clauses[i]}`).not.toBeNull();
        const [, grams, per100, , kcal] = (match ?? []).map(Number);
        expect(grams, p.text).toBe(item.grams);
        expect(kcal, p.text).toBe(item.kcal);
        expect(Math.abs(((grams ?? 0) * (per100 ?? 0)) / 100 - item.kcal), p.text).toBeLessThanOrEqual(0.5);
      });
    }
  });

  it('marks non-food phrases with no items, a zero total and no working', () => {
    for (const p of nonFoodPhrases) {
      expect(p).toMatchObject({ items: [], total_kcal: 0, working: 'names no food', kind: 'non_food' });
    }
  });

  it('names only foods that exist in the database, so items can be matched by id', () => {
    const database = foodDatabase();
    const unknown = foodPhrases.flatMap((p) => p.items.map((i) => i.food)).filter((id) => !database.byId(id));
    expect([...new Set(unknown)]).toEqual([]);
  });
});
