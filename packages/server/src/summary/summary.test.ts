/**
 * GET /summary (contract v1.1) on SQLite and PostgreSQL: every local day of the range, zeros for the
 * empty ones, DST days as long as the zone makes them, and the same numbers as each day's own view.
 */
import type { DayView, Goals, MealLogStatus, Nutrients, Summary } from '@fitiq/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { sumNutrients } from '../meals/totals.js';
import { newRecordId } from '../storage/record-id.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { patchMeal, streamHead, waitForOutcomeAfter } from '../testing/meal-edits.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';
import { summaryRange } from './summary-range.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const NONE: Goals = { calories: null, protein_g: null, carbs_g: null, fat_g: null };
const kcal = (calories: number): Nutrients => ({
  calories,
  protein_g: calories / 20,
  carbs_g: calories / 8,
  fat_g: calories / 40,
});

/** YYYY-MM-DD naming a real day (years before 100 are not taken, as GET /meal-logs?date= takes none). */
const isCalendarDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  text >= '0100' &&
  !Number.isNaN(Date.parse(text)) &&
  new Date(Date.parse(text)).toISOString().slice(0, 10) === text;

type SummaryAnswer = Summary & { code?: string; errors?: Array<{ path: string }> };

describe.each(dialects)('GET /summary on $name', (dialect) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await dialect.open();
    dispose = opened.dispose;
    server = await startTestServer({ storage: opened.storage });
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  /** A meal as stored, with exact totals: the point here is the arithmetic, not the parser. */
  const store = async (
    userId: string,
    loggedAt: string,
    totals: Nutrients,
    status: MealLogStatus = 'completed',
  ) => {
    const meal: MealLogRecord = {
      id: newRecordId(),
      userId,
      status,
      rawInput: `meal at ${loggedAt}`,
      mealType: null,
      loggedAt,
      createdAt: loggedAt,
      updatedAt: loggedAt,
      version: 1,
      items: [],
      totals: status === 'completed' ? totals : null,
      error: status === 'failed' ? { code: 'no_food_found', message: 'none' } : null,
    };
    await server.storage.transaction((tx) => tx.meals.insert(meal, null));
  };
  const summary = (token: string, query: string) =>
    request<SummaryAnswer>(server.url, 'GET', `/api/v1/summary?${query}`, { token });
  const user = async () => {
    const session = await registerUser(server.url);
    return { token: session.access_token, id: session.user.id };
  };

  it('lists every date with zeros for empty days, counts completed meals, averages over logged days', async () => {
    const { token, id } = await user();
    await store(id, '2026-03-02T08:00:00.000Z', kcal(500));
    await store(id, '2026-03-02T19:00:00.000Z', kcal(300));
    await store(id, '2026-03-03T12:00:00.000Z', kcal(900), 'failed');
    await store(id, '2026-03-03T13:00:00.000Z', kcal(900), 'processing');
    await store(id, '2026-03-04T12:00:00.000Z', kcal(700));
    await store(id, '2026-03-06T00:00:00.000Z', kcal(1000)); // the day after the range
    const answer = await summary(token, 'from=2026-03-01&to=2026-03-05');
    expect(answer.status).toBe(200);
    const zero = { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0, meals: 0 };
    expect(answer.body.days).toEqual([
      { date: '2026-03-01', ...zero },
      { date: '2026-03-02', ...kcal(800), meals: 2 },
      { date: '2026-03-03', ...zero },
      { date: '2026-03-04', ...kcal(700), meals: 1 },
      { date: '2026-03-05', ...zero },
    ]);
    // Each average is rounded to a tenth, as every total is.
    expect(answer.body.averages).toEqual({
      calories: 750,
      protein_g: 37.5,
      carbs_g: 93.8,
      fat_g: 18.8,
      days_logged: 2,
    });
    expect(answer.body.goals).toEqual(NONE);
  });

  it('a range with no meals has every day at zero and averages of zero over no days', async () => {
    const { token } = await user();
    const answer = await summary(token, 'from=2026-01-01&to=2026-01-07&tz=Europe/Paris');
    expect(answer.body.days).toHaveLength(7);
    expect(answer.body.averages).toEqual({ calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0, days_logged: 0 });
  });

  it('carries the goals the user set', async () => {
    const { token } = await user();
    const goals = { calories: 2000, protein_g: 120, carbs_g: null, fat_g: 70 };
    await request(server.url, 'PUT', '/api/v1/me/goals', { token, body: goals });
    expect((await summary(token, 'from=2026-01-01&to=2026-01-01')).body.goals).toEqual(goals);
  });

  it('puts each meal in its local day of tz', async () => {
    const { token, id } = await user();
    await store(id, '2026-03-01T23:30:00.000Z', kcal(400)); // Paris: 2 March 00:30
    await store(id, '2026-03-02T07:00:00.000Z', kcal(600)); // Los Angeles: 1 March 23:00
    const days = async (tz: string) =>
      (await summary(token, `from=2026-03-01&to=2026-03-02&tz=${tz}`)).body.days.map((d) => d.calories);
    expect(await days('UTC')).toEqual([400, 600]);
    expect(await days('Europe/Paris')).toEqual([0, 1000]);
    expect(await days('America/Los_Angeles')).toEqual([1000, 0]);
  });

  it('a 23-hour and a 25-hour day hold exactly their own meals, as GET /meal-logs shows them', async () => {
    const { token, id } = await user();
    const tz = 'America/New_York';
    // Spring forward on 8 March 2026: the day runs 05:00Z to 04:00Z next day.
    await store(id, '2026-03-08T04:59:59.999Z', kcal(100)); // 7 March 23:59 EST
    await store(id, '2026-03-08T05:00:00.000Z', kcal(200)); // 8 March 00:00 EST
    await store(id, '2026-03-09T03:59:00.000Z', kcal(300)); // 8 March 23:59 EDT
    await store(id, '2026-03-09T04:00:00.000Z', kcal(400)); // 9 March 00:00 EDT
    // Fall back on 1 November 2026: the day runs 04:00Z to 05:00Z next day.
    await store(id, '2026-11-01T03:59:00.000Z', kcal(10)); // 31 October 23:59 EDT
    await store(id, '2026-11-01T04:00:00.000Z', kcal(20)); // 1 November 00:00 EDT
    await store(id, '2026-11-02T04:30:00.000Z', kcal(30)); // 1 November 23:30 EST
    await store(id, '2026-11-02T05:00:00.000Z', kcal(40)); // 2 November 00:00 EST

    const spring = (await summary(token, `from=2026-03-07&to=2026-03-09&tz=${tz}`)).body.days;
    expect(spring.map((d) => [d.date, d.calories, d.meals])).toEqual([
      ['2026-03-07', 100, 1],
      ['2026-03-08', 500, 2],
      ['2026-03-09', 400, 1],
    ]);
    const autumn = (await summary(token, `from=2026-10-31&to=2026-11-02&tz=${tz}`)).body.days;
    expect(autumn.map((d) => [d.date, d.calories, d.meals])).toEqual([
      ['2026-10-31', 10, 1],
      ['2026-11-01', 50, 2],
      ['2026-11-02', 40, 1],
    ]);
    for (const day of [...spring, ...autumn]) {
      const view = await request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${day.date}&tz=${tz}`, {
        token,
      });
      const { date: _date, meals: _meals, ...totals } = day;
      expect(totals).toEqual(view.body.totals);
    }
  });

  /** Each date of the summary against GET /meal-logs?date=&tz= for it: the same totals and meals. */
  const expectDayViews = async (token: string, days: Summary['days'], tz: string) => {
    for (const { date, meals, ...totals } of days) {
      const view = await request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${date}&tz=${tz}`, {
        token,
      });
      expect({ date, meals, ...totals }).toEqual({
        date,
        meals: view.body.meal_logs.filter((m) => m.status === 'completed').length,
        ...view.body.totals,
      });
    }
  };

  it("each day shows its day view's totals, however the database adds them up (property)", async () => {
    // Totals as every meal has them (sumNutrients' tenths), at any instant of a few days of a zone
    // with DST changes, or exactly at a day's first instant.
    const nutrients = fc.record({
      calories: fc.double({ min: 0, max: 3000, noNaN: true }),
      protein_g: fc.double({ min: 0, max: 300, noNaN: true }),
      carbs_g: fc.double({ min: 0, max: 400, noNaN: true }),
      fat_g: fc.double({ min: 0, max: 200, noNaN: true }),
    });
    const range = fc.record({
      tz: fc.constantFrom('Europe/Paris', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe'),
      from: fc
        .date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      span: fc.integer({ min: 0, max: 4 }),
    });
    const meals = fc.array(
      fc.record({ at: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(5)), totals: nutrients }),
      { minLength: 1, maxLength: 20 },
    );
    await fc.assert(
      fc.asyncProperty(range, meals, async ({ tz, from, span }, placed) => {
        const { token, id } = await user();
        const to = new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10);
        const { startsMs } = summaryRange(from, to, tz);
        const first = startsMs[0] ?? 0;
        const last = startsMs.at(-1) ?? 0;
        for (const { at, totals } of placed) {
          const ms = Number.isInteger(at) ? (startsMs[at] ?? last) : first + Math.floor(at * (last - first));
          await store(id, new Date(ms).toISOString(), sumNutrients([totals]));
        }
        const answer = await summary(token, `from=${from}&to=${to}&tz=${tz}`);
        expect(answer.status).toBe(200);
        await expectDayViews(token, answer.body.days, tz);
      }),
      { numRuns: 15 },
    );
  });

  it('a meal counts as its day view shows it after each change: processed, edited, copied, deleted', async () => {
    const { token } = await user();
    const query = 'from=2026-05-09&to=2026-05-11&tz=Europe/Paris';
    const check = async (meals: number) => {
      const { days } = (await summary(token, query)).body;
      expect(days.reduce((n, day) => n + day.meals, 0)).toBe(meals);
      await expectDayViews(token, days, 'Europe/Paris');
    };
    const posted = await logMeal(server.url, token, '2 eggs and toast', {
      logged_at: '2026-05-09T22:30:00.000Z',
    });
    const meal = (await waitForOutcomeAfter(server.url, token, posted.body.id, 0)).data.meal_log;
    expect(meal.status).toBe('completed');
    await check(1);
    const [first] = meal.items;
    if (!first?.food_id) throw new Error(`no food parsed: ${JSON.stringify(meal)}`);
    const edited = await patchMeal(
      server.url,
      token,
      meal.id,
      { items: [{ id: first.id, food_id: first.food_id, quantity: 3, unit: first.unit }] },
      meal.version,
    );
    expect(edited.status).toBe(200);
    await check(1);
    const copy = await request(server.url, 'POST', `/api/v1/meal-logs/${meal.id}/copy`, {
      token,
      body: { logged_at: '2026-05-11T06:00:00.000Z' },
    });
    expect(copy.status).toBe(201);
    await check(2);
    await request(server.url, 'DELETE', `/api/v1/meal-logs/${meal.id}`, { token });
    await check(1);
  });

  it('takes a 366-day range (a leap year) and lists every day of it', async () => {
    const { token, id } = await user();
    await store(id, '2024-02-29T12:00:00.000Z', kcal(800));
    const answer = await summary(token, 'from=2024-01-01&to=2024-12-31');
    expect(answer.status).toBe(200);
    expect(answer.body.days).toHaveLength(366);
    expect(answer.body.days[59]).toMatchObject({ date: '2024-02-29', calories: 800, meals: 1 });
    expect(answer.body.days.at(-1)?.date).toBe('2024-12-31');
  });

  it.each([
    ['367 days', 'from=2023-01-01&to=2024-01-02', '/querystring/to'],
    ['from after to', 'from=2026-03-02&to=2026-03-01', '/querystring/from'],
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-01', '/querystring/from'],
    ['a month that does not exist', 'from=2026-01-01&to=2026-13-01', '/querystring/to'],
    ['a date without its zeros', 'from=2026-1-1&to=2026-01-02', '/querystring/from'],
    ['a date with a time', 'from=2026-01-01T00:00:00Z&to=2026-01-02', '/querystring/from'],
    ['an unknown zone', 'from=2026-01-01&to=2026-01-02&tz=Nowhere/Special', '/querystring/tz'],
    ['no from', 'to=2026-01-02', '/querystring/from'],
    ['an unknown parameter', 'from=2026-01-01&to=2026-01-02&days=7', '/querystring/days'],
  ])('refuses %s with 400 validation_failed naming the parameter', async (_name, query, path) => {
    const { token } = await user();
    const answer = await summary(token, query);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.code).toBe('validation_failed');
    expect(answer.body.errors?.map((e) => e.path)).toContain(path);
  });

  it('any query answers 200 or 400 (never a 5xx), 200 exactly for valid ranges, and writes nothing (property)', async () => {
    const { token, id } = await user();
    await store(id, '2026-06-15T12:00:00.000Z', kcal(500));
    const head = await streamHead(server.url, token);
    const day = fc.oneof(
      fc
        .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-29', '2024-02-29', '2026-00-10', '2026-06-31', '0000-01-01'),
      fc.string({ maxLength: 12 }),
    );
    const zone = fc.option(fc.oneof(fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kathmandu'), fc.string()), {
      nil: undefined,
    });
    await fc.assert(
      fc.asyncProperty(day, day, zone, async (from, to, tz) => {
        const query = new URLSearchParams({ from, to, ...(tz === undefined ? {} : { tz }) });
        const answer = await summary(token, query.toString());
        expect([200, 400]).toContain(answer.status);
        const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
        const knownZone = tz === undefined || ['UTC', 'Europe/Paris', 'Asia/Kathmandu'].includes(tz);
        if (isCalendarDay(from) && isCalendarDay(to) && knownZone && span >= 1 && span <= 366)
          expect(answer.status).toBe(200);
        if (answer.status === 400) {
          expect(answer.body.code).toBe('validation_failed');
          return;
        }
        expect(span).toBeGreaterThanOrEqual(1);
        expect(span).toBeLessThanOrEqual(366);
        expect(answer.body.days).toHaveLength(span);
        expect(answer.body.days[0]?.date).toBe(from);
        expect(answer.body.days.at(-1)?.date).toBe(to);
      }),
      { numRuns: 80 },
    );
    expect(await streamHead(server.url, token)).toBe(head);
  });
});
