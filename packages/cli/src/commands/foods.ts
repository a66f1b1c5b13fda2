import type { Food } from '@fitiq/contract';
import { type ConnectOptions, connect } from './login.js';

const n = (value: number) => (Number.isInteger(value) ? `${value}` : value.toFixed(1));

export const formatFood = (food: Food): string => {
  const per = food.per_100g;
  const measures = food.measures.map((m) => `${m.label} (${n(m.grams)} g)`).join(', ');
  return [
    `${food.id}  ${food.name}`,
    `  per 100 g: ${n(per.calories)} kcal, P ${n(per.protein_g)} g, C ${n(per.carbs_g)} g, F ${n(per.fat_g)} g`,
    `  units: ${measures ? `${measures}, ` : ''}g, kg, oz, lb (default ${food.default_unit})`,
  ].join('\n');
};

export type FoodsOptions = ConnectOptions & { limit?: string; json?: boolean };

/** `fitiq foods <query>`: the food table's best matches, with the ids and units `fitiq edit` takes. */
export const foodsCommand = async (query: string, options: FoodsOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    const foods = await client.api.searchFoods(query, limit);
    if (options.json) {
      console.log(JSON.stringify(foods, null, 2));
      return;
    }
    if (foods.length === 0) console.error(`fitiq: no food matches "${query}"`);
    for (const food of foods) console.log(formatFood(food));
  } finally {
    await client.close();
  }
};
