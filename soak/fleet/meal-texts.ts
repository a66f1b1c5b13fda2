/**
 * What the soak's users eat. A few texts name no food, so some meals end `failed` (no_food_found):
 * the accounting must hold for both final states.
 */
export const MEAL_TEXTS: readonly string[] = [
  '2 eggs and a slice of toast with butter',
  'a bowl of rice',
  'a banana',
  'chicken salad',
  'a cup of coffee with milk',
  'an apple and 2 tablespoons of peanut butter',
  'pasta with tomato sauce',
  'greek yogurt with honey',
  'a slice of pizza',
  'oatmeal with blueberries',
  'the weather is nice today',
  'went for a walk',
];
