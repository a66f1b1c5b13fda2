import type { GeneratedPhrase, GeneratedReading } from './expected-values.js';
import {
  carbsWithin,
  type ItemMatch,
  implausible,
  isNoFoodRefusal,
  matchItems,
  type ParseOutcome,
  type PrecisionRecall,
  precisionRecall,
  recordKey,
  recordsReported,
  type Share,
  share,
  totalCarbs,
  totalKcal,
  withinTolerance,
} from './metrics.js';
import { EVAL_CLASSES, type EvalClass } from './phrase.js';

export type PhraseResult = { phrase: GeneratedPhrase; outcome: ParseOutcome };

/** Figures of a group of food phrases (one class, or all of them). */
export type FoodFigures = {
  phrases: number;
  withinTolerance: Share;
  carbsWithin: Share;
  refused: Share;
  implausible: Share;
  /** `null` while the parser reports no USDA records. */
  items: PrecisionRecall | null;
};
export type ClassFigures = { class: EvalClass } & (
  | ({ kind: 'food' } & FoodFigures)
  | { kind: 'non_food'; phrases: number; refused: Share }
);

export type Miss = {
  text: string;
  class: EvalClass;
  expectedKcal: number;
  expectedCarbs: number;
  /** `null` when the parser refused the phrase. */
  gotKcal: number | null;
  gotCarbs: number | null;
  refusedWith: string | null;
  implausible: boolean;
  /** Record matching, only once the parser reports records. */
  missing: string[];
  extra: (string | null)[];
  /** What the parser named, to read a miss while records are not reported. */
  parsedNames: string[];
};

export type Target = { name: string; value: number | null; goal: string; met: boolean; note?: string };

export type EvalReport = {
  phrases: { total: number; food: number; nonFood: number };
  recordsReported: boolean;
  overall: FoodFigures;
  classes: ClassFigures[];
  nonFoodRefused: Share;
  targets: Target[];
  misses: Miss[];
};

type Scored = {
  phrase: GeneratedPhrase;
  /** The reading of the phrase that fits the parser's answer best. */
  expected: GeneratedReading;
  outcome: ParseOutcome;
  match: ItemMatch;
  gotKcal: number;
  gotCarbs: number;
  within: boolean;
  carbsOk: boolean;
  implausible: boolean;
};

function scoreReading(phrase: GeneratedPhrase, expected: GeneratedReading, outcome: ParseOutcome): Scored {
  const gotKcal = totalKcal(outcome);
  const gotCarbs = totalCarbs(outcome);
  const parsed = outcome.ok ? outcome.items.map((item) => recordKey(item.record)) : [];
  return {
    phrase,
    expected,
    outcome,
    match: matchItems(
      expected.items.map((item) => ({
        record: item.record,
        alternatives: [...item.alternatives, ...item.twins],
      })),
      parsed,
    ),
    gotKcal,
    gotCarbs,
    within: withinTolerance(expected.total.kcal, gotKcal),
    carbsOk: carbsWithin(expected.total.carbs_g, gotCarbs),
    implausible: implausible(expected.total.kcal, gotKcal),
  };
}

/** Fewer unmatched items first (when records are reported), then the closer total. */
function fitsBetter(a: Scored, b: Scored, withRecords: boolean): boolean {
  const unmatched = (s: Scored) => s.match.missing.length + s.match.extra.length;
  if (withRecords && unmatched(a) !== unmatched(b)) return unmatched(a) < unmatched(b);
  const off = (s: Scored) => Math.abs(s.gotKcal - s.expected.total.kcal);
  return off(a) < off(b);
}

/** Scores the phrase by whichever of its readings (the dish alone, or its parts) fits the answer best. */
function score(phrase: GeneratedPhrase, outcome: ParseOutcome, withRecords: boolean): Scored {
  const readings: GeneratedReading[] = [phrase, ...(phrase.otherReadings ?? [])];
  return readings
    .map((reading) => scoreReading(phrase, reading, outcome))
    .reduce((best, next) => (fitsBetter(next, best, withRecords) ? next : best));
}

function figures(scored: readonly Scored[], withRecords: boolean): FoodFigures {
  const count = (pick: (s: Scored) => boolean) => share(scored.filter(pick).length, scored.length);
  return {
    phrases: scored.length,
    withinTolerance: count((s) => s.within),
    carbsWithin: count((s) => s.carbsOk),
    refused: count((s) => !s.outcome.ok),
    implausible: count((s) => s.implausible),
    items: withRecords ? precisionRecall(scored.map((s) => s.match)) : null,
  };
}

function foodMiss(s: Scored, withRecords: boolean): Miss | null {
  const itemsOff = withRecords && (s.match.missing.length > 0 || s.match.extra.length > 0);
  const carbsOff = s.phrase.class === 'sentence' && !s.carbsOk;
  if (s.outcome.ok && s.within && !itemsOff && !carbsOff) return null;
  return {
    text: s.phrase.text,
    class: s.phrase.class,
    expectedKcal: s.expected.total.kcal,
    expectedCarbs: s.expected.total.carbs_g,
    gotKcal: s.outcome.ok ? s.gotKcal : null,
    gotCarbs: s.outcome.ok ? s.gotCarbs : null,
    refusedWith: s.outcome.ok ? null : s.outcome.code,
    implausible: s.implausible,
    missing: withRecords ? s.match.missing : [],
    extra: withRecords ? s.match.extra : [],
    parsedNames: s.outcome.ok ? s.outcome.items.map((item) => item.name ?? '?') : [],
  };
}

function nonFoodMiss({ phrase, outcome }: PhraseResult): Miss | null {
  if (isNoFoodRefusal(outcome)) return null;
  return {
    text: phrase.text,
    class: phrase.class,
    expectedKcal: 0,
    expectedCarbs: 0,
    gotKcal: outcome.ok ? totalKcal(outcome) : null,
    gotCarbs: outcome.ok ? totalCarbs(outcome) : null,
    refusedWith: outcome.ok ? null : outcome.code,
    implausible: false,
    missing: [],
    extra: [],
    parsedNames: outcome.ok ? outcome.items.map((item) => item.name ?? '?') : [],
  };
}

function target(name: string, value: number | null, goal: string, met: (v: number) => boolean): Target {
  return { name, value, goal, met: value !== null && met(value) };
}

function targets(overall: FoodFigures, sentences: FoodFigures, nonFoodRefused: Share): Target[] {
  const itemTarget = (name: string, value: number | null | undefined): Target =>
    overall.items === null
      ? { name, value: null, goal: '>= 97%', met: false, note: 'records: not reported by parser' }
      : target(name, value ?? null, '>= 97%', (v) => v >= 0.97);
  return [
    target('food phrases within tolerance', overall.withinTolerance.rate, '>= 95%', (v) => v >= 0.95),
    target('sentences within tolerance', sentences.withinTolerance.rate, '>= 80%', (v) => v >= 0.8),
    target('sentences carbs within 7.5 g', sentences.carbsWithin.rate, '>= 75%', (v) => v >= 0.75),
    target('non-food refused', nonFoodRefused.rate, '>= 97%', (v) => v >= 0.97),
    target('food phrases refused', overall.refused.count, '= 0', (v) => v === 0),
    itemTarget('item precision', overall.items?.precision),
    itemTarget('item recall', overall.items?.recall),
    target('implausible totals', overall.implausible.count, '= 0', (v) => v === 0),
  ];
}

/** Scores every phrase's parser answer, per class and overall, against the targets of issue 18. */
export function evaluate(results: readonly PhraseResult[]): EvalReport {
  const withRecords = recordsReported(results.map((r) => r.outcome));
  const food = results
    .filter((r) => r.phrase.class !== 'non_food')
    .map((r) => score(r.phrase, r.outcome, withRecords));
  const nonFood = results.filter((r) => r.phrase.class === 'non_food');
  const nonFoodRefused = share(nonFood.filter((r) => isNoFoodRefusal(r.outcome)).length, nonFood.length);
  const overall = figures(food, withRecords);
  const classes = EVAL_CLASSES.map((cls): ClassFigures => {
    if (cls === 'non_food')
      return { class: cls, kind: 'non_food', phrases: nonFood.length, refused: nonFoodRefused };
    return {
      class: cls,
      kind: 'food',
      ...figures(
        food.filter((s) => s.phrase.class === cls),
        withRecords,
      ),
    };
  });
  const sentences = figures(
    food.filter((s) => s.phrase.class === 'sentence'),
    withRecords,
  );
  const misses = [...food.map((s) => foodMiss(s, withRecords)), ...nonFood.map(nonFoodMiss)].filter(
    (miss): miss is Miss => miss !== null,
  );
  return {
    phrases: { total: results.length, food: food.length, nonFood: nonFood.length },
    recordsReported: withRecords,
    overall,
    classes,
    nonFoodRefused,
    targets: targets(overall, sentences, nonFoodRefused),
    misses,
  };
}
