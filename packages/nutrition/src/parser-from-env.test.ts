import { describe, expect, it } from 'vitest';
import { noFoodFound } from './parse-result.js';
import { mealParserFromEnv, ParserConfigError } from './parser-from-env.js';

const builtIn = () => noFoodFound(['from the built-in parser']);

describe('mealParserFromEnv', () => {
  it('uses the built-in parser unless FITIQ_PARSER says otherwise', async () => {
    await expect(mealParserFromEnv({}, builtIn).parse('x')).resolves.toMatchObject({
      unknown: ['from the built-in parser'],
    });
  });

  it('builds the OpenAI parser from OPENAI_* variables', () => {
    const parser = mealParserFromEnv(
      { FITIQ_PARSER: 'openai', OPENAI_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'k' },
      builtIn,
    );
    expect(typeof parser.parse).toBe('function');
  });

  it('refuses a half-configured or unknown parser at start-up', () => {
    expect(() => mealParserFromEnv({ FITIQ_PARSER: 'openai' }, builtIn)).toThrow(ParserConfigError);
    expect(() => mealParserFromEnv({ FITIQ_PARSER: 'magic' }, builtIn)).toThrow(/builtin/);
    expect(() =>
      mealParserFromEnv({ FITIQ_PARSER: 'openai', OPENAI_MODEL: 'm', OPENAI_TIMEOUT_MS: 'soon' }, builtIn),
    ).toThrow(/OPENAI_TIMEOUT_MS/);
  });
});
