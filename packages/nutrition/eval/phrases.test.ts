import { describe, expect, it } from 'vitest';
import { loadExpected } from './expected.js';
import { EVAL_CLASSES, FOOD_CLASSES, type FoodPhrase, isNonFood } from './phrase.js';
import { EVAL_PHRASES } from './phrases.js';

const foodPhrases = EVAL_PHRASES.filter((p): p is FoodPhrase => !isNonFood(p));
const generated = loadExpected();

describe('the evaluation set', () => {
  it('has at least 450 phrases, at least 100 of them full sentences', () => {
    expect(EVAL_PHRASES.length).toBeGreaterThanOrEqual(450);
    expect(EVAL_PHRASES.filter((p) => p.class === 'sentence').length).toBeGreaterThanOrEqual(100);
  });

  it('gives every class of issue 18 phrases of its own, at least 20 each', () => {
    const counts = new Map(EVAL_CLASSES.map((c) => [c, 0]));
    for (const p of EVAL_PHRASES) counts.set(p.class, (counts.get(p.class) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n < 20)).toEqual([]);
  });

  it('never lists the same text twice', () => {
    const texts = EVAL_PHRASES.map((p) => p.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('gives every food phrase items, each with a reason, and never lists an alternative twice', () => {
    for (const p of foodPhrases) {
      for (const reading of [p.items, ...(p.otherReadings ?? [])])
        expect(reading.length, p.text).toBeGreaterThan(0);
      for (const item of [p.items, ...(p.otherReadings ?? [])].flat()) {
        expect(item.why.length, `${p.text}: ${item.record}`).toBeGreaterThan(5);
        const records = [item.record, ...(item.alternatives ?? [])];
        expect(new Set(records).size, `${p.text}: ${item.record}`).toBe(records.length);
      }
    }
  });

  it('counts a food only in the food classes and a refusal only in non_food', () => {
    expect(new Set(foodPhrases.map((p) => p.class))).toEqual(new Set(FOOD_CLASSES));
  });
});

describe('expected.generated.json', () => {
  it('holds the same phrases, in the same order and class, as the set', () => {
    expect(generated.phrases.map((p) => [p.text, p.class])).toEqual(
      EVAL_PHRASES.map((p) => [p.text, p.class]),
    );
  });

  it('holds the same items as each phrase, in every reading: record, alternatives and amount', () => {
    const keys = (items: readonly { record: string; alternatives?: readonly string[]; amount: unknown }[]) =>
      items.map((item) => ({
        record: item.record,
        alternatives: [...(item.alternatives ?? [])],
        amount: item.amount,
      }));
    EVAL_PHRASES.forEach((phrase, i) => {
      const got = generated.phrases[i];
      const readings = isNonFood(phrase) ? [[]] : [phrase.items, ...(phrase.otherReadings ?? [])];
      const gotReadings = got ? [got.items, ...(got.otherReadings ?? []).map((r) => r.items)] : [];
      expect(gotReadings.map(keys), phrase.text).toEqual(readings.map(keys));
    });
  });

  it('gives every expected item a USDA description, positive grams and energy, and totals their sum', () => {
    for (const p of generated.phrases) {
      for (const reading of [p, ...(p.otherReadings ?? [])]) {
        for (const item of reading.items) {
          expect(item.description, p.text).not.toBe('');
          expect(item.grams, p.text).toBeGreaterThan(0);
          expect(item.kcal, p.text).toBeGreaterThanOrEqual(0);
        }
        const kcal = reading.items.reduce((t, item) => t + item.kcal, 0);
        expect(Math.abs(reading.total.kcal - kcal), p.text).toBeLessThanOrEqual(
          0.1 * reading.items.length + 0.1,
        );
      }
    }
  });
});
