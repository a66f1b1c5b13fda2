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

const item = (
  name: string,
  preparation: string | null,
  quantity: number,
  unit: string,
  grams: number,
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
    calories,
    protein_g,
    carbs_g,
    fat_g,
    fiber_g,
    sugars_g,
    sodium_mg,
  };
};

/** "2 fried eggs and a slice of toast with butter" */
export const EGGS_TOAST_BUTTER = completion(
  JSON.stringify({
    items: [
      item('egg', 'fried', 2, 'large', 92, [180, 12.5, 0.8, 14.1, 0, 0.4, 190]),
      item('toast', null, 1, 'slice', 22, [64, 2, 12, 0.9, 0.6, 1.1, 116]),
      item('butter', null, 1, 'pat', 5, [36, 0, 0, 4.1, 0, 0, 32]),
    ],
    unknown: [],
  }),
);

/** "a bowl of pho and a banana": pho is not in the test database. */
export const PHO_AND_BANANA = completion(
  JSON.stringify({
    items: [
      item('pho', null, 1, 'bowl', 600, [350, 24, 45, 7, 2, 4, 1500]),
      item('banana', null, 1, 'medium', 118, [105, 1.3, 27, 0.4, 3.1, 14.4, 1]),
    ],
    unknown: [],
  }),
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
