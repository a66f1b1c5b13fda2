import {
  absolutePercentageError,
  falseRefusals,
  type ItemMatch,
  matchItems,
  median,
  nonFoodDetection,
  type ParseOutcome,
  type PrecisionRecall,
  precisionRecall,
  type Share,
  totalKcal,
  withinTolerance,
} from './metrics.js';
import { type EvalPhrase, type FoodPhrase, isNonFood } from './phrase.js';

export type PhraseResult = { phrase: EvalPhrase; outcome: ParseOutcome };

export type Miss = {
  text: string;
  nonFood: boolean;
  expectedKcal: number;
  /** `null` when the parser refused the phrase. */
  gotKcal: number | null;
  refusedWith: string | null;
  missing: string[];
  extra: (string | null)[];
};

export type Target = { name: string; value: number | null; goal: string; met: boolean };

export type EvalReport = {
  phrases: { total: number; food: number; nonFood: number };
  items: PrecisionRecall;
  withinTolerance: Share;
  medianApe: number | null;
  nonFoodRefused: Share;
  foodRefused: Share;
  targets: Target[];
  misses: Miss[];
};

type FoodResult = { phrase: FoodPhrase; outcome: ParseOutcome; match: ItemMatch; gotKcal: number };

function scoreFood(phrase: FoodPhrase, outcome: ParseOutcome): FoodResult {
  const parsedIds = outcome.ok ? outcome.items.map((item) => item.food_id) : [];
  const match = matchItems(
    phrase.items.map((item) => item.food),
    parsedIds,
  );
  return { phrase, outcome, match, gotKcal: totalKcal(outcome) };
}

function foodMiss(result: FoodResult): Miss | null {
  const { phrase, outcome, match, gotKcal } = result;
  const clean =
    outcome.ok &&
    match.missing.length === 0 &&
    match.extra.length === 0 &&
    withinTolerance(phrase.total_kcal, gotKcal);
  if (clean) return null;
  return {
    text: phrase.text,
    nonFood: false,
    expectedKcal: phrase.total_kcal,
    gotKcal: outcome.ok ? gotKcal : null,
    refusedWith: outcome.ok ? null : outcome.code,
    missing: match.missing,
    extra: match.extra,
  };
}

function nonFoodMiss(phrase: EvalPhrase, outcome: ParseOutcome): Miss | null {
  if (!outcome.ok && outcome.code === 'no_food_found') return null;
  return {
    text: phrase.text,
    nonFood: true,
    expectedKcal: 0,
    gotKcal: outcome.ok ? totalKcal(outcome) : null,
    refusedWith: outcome.ok ? null : outcome.code,
    missing: [],
    extra: outcome.ok ? outcome.items.map((item) => item.food_id) : [],
  };
}

function target(name: string, value: number | null, goal: string, met: (v: number) => boolean): Target {
  return { name, value, goal, met: value !== null && met(value) };
}

/** Scores every phrase's parser answer and checks the figures against the targets of issue 3. */
export function evaluate(results: readonly PhraseResult[]): EvalReport {
  const food: FoodResult[] = [];
  const nonFood: PhraseResult[] = [];
  for (const { phrase, outcome } of results) {
    if (isNonFood(phrase)) nonFood.push({ phrase, outcome });
    else food.push(scoreFood(phrase, outcome));
  }
  const within = food.filter((r) => withinTolerance(r.phrase.total_kcal, r.gotKcal)).length;
  const withinShare: Share = {
    count: within,
    total: food.length,
    rate: food.length ? within / food.length : null,
  };
  const medianApe = median(food.map((r) => absolutePercentageError(r.phrase.total_kcal, r.gotKcal)));
  const nonFoodRefused = nonFoodDetection(nonFood.map((r) => r.outcome));
  const foodRefused = falseRefusals(food.map((r) => r.outcome));
  const misses = [...food.map(foodMiss), ...nonFood.map((r) => nonFoodMiss(r.phrase, r.outcome))].filter(
    (miss): miss is Miss => miss !== null,
  );
  return {
    phrases: { total: results.length, food: food.length, nonFood: nonFood.length },
    items: precisionRecall(food.map((r) => r.match)),
    withinTolerance: withinShare,
    medianApe,
    nonFoodRefused,
    foodRefused,
    targets: [
      target('kcal within tolerance', withinShare.rate, '>= 90%', (v) => v >= 0.9),
      target('median APE', medianApe, '<= 10%', (v) => v <= 0.1),
      target('non-food refused', nonFoodRefused.rate, '>= 95%', (v) => v >= 0.95),
      target('food phrases refused', foodRefused.count, '= 0', (v) => v === 0),
    ],
    misses,
  };
}
