/**
 * Chat-completion responses in the OpenAI wire format, shaped like ones recorded from
 * gpt-4o-mini with our schema (ids and fingerprints shortened). `completion` wraps any content.
 */

export function completion(
  content: string,
  overrides: { finish_reason?: string; refusal?: string | null } = {},
) {
  return {
    id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
    object: 'chat.completion',
    created: 1741569952,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: overrides.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: overrides.finish_reason ?? 'stop',
      },
    ],
    usage: { prompt_tokens: 412, completion_tokens: 161, total_tokens: 573 },
    service_tier: 'default',
    system_fingerprint: 'fp_06737a9306',
  };
}

type Assumed = ('quantity' | 'size' | 'unit' | 'form')[];

const item = (
  name: string,
  preparation: string | null,
  quantity: number,
  unit: string,
  grams: number,
  assumed: Assumed,
  nutrients: [
    kcal: number,
    protein: number,
    carbs: number,
    fat: number,
    fiber: number,
    sugars: number,
    sodium: number,
  ],
) => {
  const [calories, protein_g, carbs_g, fat_g, fiber_g, sugars_g, sodium_mg] = nutrients;
  return {
    name,
    preparation,
    quantity,
    unit,
    grams,
    assumed,
    calories,
    protein_g,
    carbs_g,
    fat_g,
    fiber_g,
    sugars_g,
    sodium_mg,
  };
};

const meal = (...items: ReturnType<typeof item>[]) => completion(JSON.stringify({ items, unknown: [] }));

/** "2 fried eggs and a slice of toast with butter": the butter's amount is the model's guess. */
export const EGGS_TOAST_BUTTER = meal(
  item('egg', 'fried', 2, 'large', 92, ['size'], [180, 12.5, 0.8, 14.1, 0, 0.4, 190]),
  item('toast', null, 1, 'slice', 22, [], [64, 2, 12, 0.9, 0.6, 1.1, 116]),
  item('butter', null, 1, 'pat', 5, ['quantity'], [36, 0, 0, 4.1, 0, 0, 32]),
);

/** "a bowl of pho and a banana": pho is not in the test database. */
export const PHO_AND_BANANA = meal(
  item('pho', null, 1, 'bowl', 600, ['size'], [350, 24, 45, 7, 2, 4, 1500]),
  item('banana', null, 1, 'medium', 118, ['size'], [105, 1.3, 27, 0.4, 3.1, 14.4, 1]),
);

/**
 * "a cup of burdock root and a cup of boiled kohlrabi": foods the full table has only as USDA
 * records, under descriptions no curated name carries.
 */
export const BURDOCK_AND_KOHLRABI = meal(
  item('burdock root', null, 1, 'cup', 118, [], [85, 1.8, 20.3, 0.2, 3.9, 3.4, 6]),
  item('kohlrabi', 'boiled', 1, 'cup', 165, [], [48, 3, 11, 0.2, 1.8, 4.6, 35]),
);

/** "coffee and an apple": no amount for the coffee, no size for the apple. */
export const COFFEE_AND_AN_APPLE = meal(
  item('coffee', null, 1, 'cup', 240, ['quantity'], [2, 0.3, 0, 0, 0, 0, 5]),
  item('apple', null, 1, 'medium', 182, ['size'], [95, 0.5, 25, 0.3, 4.4, 19, 2]),
);

/** "a banana and a slice of toast", from a model whose nutrients are far off. */
export const WILD_NUTRIENTS = meal(
  item('banana', null, 1, 'medium', 118, ['size'], [940, 80, 3, 61, 0, 0, 4000]),
  item('toast', null, 1, 'slice', 30, [], [700, 1, 1, 1, 9, 9, 9]),
);

/** "went for a 5k run" */
export const NO_FOOD = completion(JSON.stringify({ items: [], unknown: [] }));

/** Cut off at max_tokens mid-string. */
export const TRUNCATED = completion('{"items":[{"name":"egg","prepar', { finish_reason: 'length' });

export const RATE_LIMITED = {
  error: {
    message:
      'Rate limit reached for gpt-4o-mini in organization org-xyz on requests per min (RPM): Limit 500, Used 500.',
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded',
  },
};

export const INVALID_API_KEY = {
  error: {
    message:
      'Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.',
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  },
};

/** "a bowl of zorblax stew": a dish no food table has. */
export const UNKNOWN_DISH = meal(
  item('zorblax stew', null, 1, 'bowl', 400, ['size'], [512, 31, 47, 19, 6, 8, 900]),
);
