import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Food, MealLog, PollResponse } from '@fitiq/contract';
import type { RunningServer } from '@fitiq/server';
import { logMeal, registerUser, request, startTestServer, testConfig } from '@fitiq/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFitiq } from '../testing/run-fitiq.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig({ heartbeatMs: 200 }) });
});
afterAll(() => server.close());

const fitiq = (args: string[], token: string) =>
  runFitiq(args, {
    FITIQ_URL: server.url,
    FITIQ_HOME: mkdtempSync(join(tmpdir(), 'fitiq-home-')),
    FITIQ_TOKEN: token,
  });

/** A completed meal of a new user, logged through the API; its outcome is waited for on the stream. */
const completedMeal = async (text: string) => {
  const { access_token: token } = await registerUser(server.url);
  const posted = await logMeal(server.url, token, text);
  for (let after = 0; ; ) {
    const poll = await request<PollResponse>(server.url, 'GET', `/api/v1/events?after=${after}&wait=10`, {
      token,
    });
    const done = poll.body.events.find(
      (e) =>
        (e.type === 'meal_log.completed' || e.type === 'meal_log.failed') &&
        e.data.meal_log.id === posted.body.id,
    );
    if (done?.type === 'meal_log.failed')
      throw new Error(`"${text}" failed: ${done.data.meal_log.error?.message}`);
    if (done) return { token, meal: done.data.meal_log };
    after = poll.body.events.at(-1)?.seq ?? after;
  }
};

const onServer = async (token: string, id: string) =>
  (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body;

// Each runs one to four `fitiq` processes, each starting from the TypeScript sources.
describe('correcting meals from the shell, against a real server', { timeout: 120_000 }, () => {
  it('fitiq foods egg --json: the best matches, each with its id, values per 100 g and units', async () => {
    const { access_token: token } = await registerUser(server.url);
    const run = fitiq(['foods', 'egg', '--json', '--limit', '3'], token);
    expect(await run.exited).toBe(0);
    const foods = JSON.parse(run.output.stdout) as Food[];
    expect(foods.length).toBeGreaterThan(0);
    expect(foods.length).toBeLessThanOrEqual(3);
    expect(foods[0]?.name.toLowerCase()).toContain('egg');
    const text = fitiq(['foods', 'egg'], token);
    expect(await text.exited).toBe(0);
    expect(text.output.stdout).toContain(`${foods[0]?.id}  ${foods[0]?.name}`);
    expect(text.output.stdout).toMatch(/per 100 g: \d/);
  });

  it('fitiq edit <meal> --item 1 --quantity 3 --unit <one of its units>: the meal as the server computed it', async () => {
    const { token, meal } = await completedMeal('a slice of toast');
    const unit = meal.items[0]?.measures[0]?.unit as string;
    const run = fitiq(['edit', meal.id, '--item', '1', '--quantity', '3', '--unit', unit, '--json'], token);
    expect(await run.exited).toBe(0);
    const edited = JSON.parse(run.output.stdout) as MealLog;
    expect(edited).toMatchObject({ version: meal.version + 1, status: 'completed' });
    expect(edited.items[0]).toMatchObject({ id: meal.items[0]?.id, quantity: 3, unit, source: 'user' });
    expect(edited.totals?.calories).toBeGreaterThan(meal.totals?.calories ?? 0);
    expect(await onServer(token, meal.id)).toEqual(edited);
  });

  it('--grams, --food without --item (a new item), then --remove: each in turn, exit 0', async () => {
    const { token, meal } = await completedMeal('a banana');
    expect(await fitiq(['edit', meal.id, '--item', '1', '--grams', '150'], token).exited).toBe(0);
    expect((await onServer(token, meal.id)).items[0]).toMatchObject({ grams: 150 });

    const foods = fitiq(['foods', 'egg', '--json', '--limit', '1'], token);
    expect(await foods.exited).toBe(0);
    const [egg] = JSON.parse(foods.output.stdout) as Food[];
    const added = fitiq(['edit', meal.id, '--food', egg?.id as string], token);
    expect({ exit: await added.exited, stderr: added.output.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(added.output.stdout).toMatch(/2\. 1 /);
    expect((await onServer(token, meal.id)).items.map((i) => i.food_id)).toEqual([
      meal.items[0]?.food_id,
      egg?.id,
    ]);

    expect(await fitiq(['edit', meal.id, '--item', '2', '--remove'], token).exited).toBe(0);
    expect((await onServer(token, meal.id)).items.map((i) => i.food_id)).toEqual([meal.items[0]?.food_id]);
  });

  it('--text parses the meal again and waits for the result', async () => {
    const { token, meal } = await completedMeal('a banana');
    const run = fitiq(['edit', meal.id, '--text', '2 bananas', '--json'], token);
    expect(await run.exited).toBe(0);
    const edited = JSON.parse(run.output.stdout) as MealLog;
    expect(edited).toMatchObject({ raw_input: '2 bananas', status: 'completed' });
    expect(edited.items[0]?.quantity).toBe(2);
  });

  it('a unit the food does not have: the server’s refusal on one line, exit 2, nothing changed', async () => {
    const { token, meal } = await completedMeal('a banana');
    const run = fitiq(['edit', meal.id, '--item', '1', '--quantity', '1', '--unit', 'wheelbarrow'], token);
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toMatch(/^fitiq: .*validation_failed/);
    expect((await onServer(token, meal.id)).version).toBe(meal.version);
  });
});
