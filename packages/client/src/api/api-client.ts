import type {
  AccountExport,
  CopyMealLogBody,
  DayView,
  Food,
  FoodList,
  Goals,
  MealLog,
  MealLogPatch,
  MealType,
  PollResponse,
  PortionList,
  PushKey,
  PushSubscriptionBody,
  PushSubscriptionCreated,
  RecentMeals,
  Session,
  Summary,
  SummaryQuery,
  User,
} from '@fitiq/contract';
import type { HttpClient } from './http.js';

export type LogMealInput = { raw_input: string; meal_type?: MealType | null; logged_at?: string };

export type LoggedMeal = { meal: MealLog; created: boolean };

/** One typed method per route of the contract; errors arrive as ApiError, NetworkError, AuthError. */
export class FitIQApi {
  constructor(readonly http: HttpClient) {}

  /** Creates an account; the session's tokens become the client's tokens. */
  async register(email: string, password: string): Promise<Session> {
    return this.session('/api/v1/auth/register', email, password);
  }

  /** Logs in; the session's tokens become the client's tokens. */
  async login(email: string, password: string): Promise<Session> {
    return this.session('/api/v1/auth/login', email, password);
  }

  /** Ends this session on the server (its refresh and access tokens stop working); the client forgets its tokens. */
  async logout(): Promise<void> {
    try {
      await this.http.send({ method: 'POST', path: '/api/v1/auth/logout' });
    } finally {
      this.http.tokens.setSession(null);
    }
  }

  /** Everything the server holds about the user (GET /me/export). */
  async exportData(signal?: AbortSignal): Promise<AccountExport> {
    return (await this.http.json<AccountExport>({ method: 'GET', path: '/api/v1/me/export', ...opt(signal) }))
      .body;
  }

  /**
   * Deletes the account and everything in it; the current password is asked again. A wrong one is an
   * ApiError `invalid_credentials` and changes nothing. Afterwards the client has no tokens.
   */
  async deleteAccount(password: string, signal?: AbortSignal): Promise<void> {
    await this.http.send({ method: 'DELETE', path: '/api/v1/me', body: { password }, ...opt(signal) });
    this.http.tokens.setSession(null);
  }

  async me(signal?: AbortSignal): Promise<User> {
    return (await this.http.json<User>({ method: 'GET', path: '/api/v1/me', ...opt(signal) })).body;
  }

  /** POST /meal-logs/natural. `created` is false when the Idempotency-Key had been used already (200). */
  async logMeal(input: LogMealInput, idempotencyKey?: string, signal?: AbortSignal): Promise<LoggedMeal> {
    const answer = await this.http.json<MealLog>({
      method: 'POST',
      path: '/api/v1/meal-logs/natural',
      body: input,
      ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
      ...opt(signal),
    });
    return { meal: answer.body, created: answer.status === 201 };
  }

  /**
   * POST /meal-logs/{id}/copy: a new meal with the same text and items, completed at once. Only a
   * completed meal can be copied (ApiError 409 otherwise). `created` is false for a key used already.
   */
  async copyMealLog(
    id: string,
    body: CopyMealLogBody,
    idempotencyKey?: string,
    signal?: AbortSignal,
  ): Promise<LoggedMeal> {
    const answer = await this.http.json<MealLog>({
      method: 'POST',
      path: `/api/v1/meal-logs/${encodeURIComponent(id)}/copy`,
      body,
      ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
      ...opt(signal),
    });
    return { meal: answer.body, created: answer.status === 201 };
  }

  /** GET /meal-logs/recent: the latest completed meals, one per distinct text, newest first. */
  async recentMeals(limit?: number, signal?: AbortSignal): Promise<MealLog[]> {
    const query = limit === undefined ? {} : { limit };
    return (
      await this.http.json<RecentMeals>({
        method: 'GET',
        path: '/api/v1/meal-logs/recent',
        query,
        ...opt(signal),
      })
    ).body.meal_logs;
  }

  /** GET /me/goals: kcal and grams of each macronutrient a day, each null when not set. */
  async goals(signal?: AbortSignal): Promise<Goals> {
    return (await this.http.json<Goals>({ method: 'GET', path: '/api/v1/me/goals', ...opt(signal) })).body;
  }

  /** PUT /me/goals: replaces all four; every device gets a `goals.updated` event. */
  async setGoals(goals: Goals, signal?: AbortSignal): Promise<Goals> {
    return (
      await this.http.json<Goals>({ method: 'PUT', path: '/api/v1/me/goals', body: goals, ...opt(signal) })
    ).body;
  }

  /** GET /summary: every day of the range (at most 366) with its totals, averages over the days logged, goals. */
  async summary(query: SummaryQuery, signal?: AbortSignal): Promise<Summary> {
    return (
      await this.http.json<Summary>({
        method: 'GET',
        path: '/api/v1/summary',
        query: { from: query.from, to: query.to, tz: query.tz ?? 'UTC' },
        ...opt(signal),
      })
    ).body;
  }

  /** A day's meals, totals and the stream head read with them (subscribe from it and miss nothing). */
  async day(date: string, tz = 'UTC', signal?: AbortSignal): Promise<DayView> {
    return (
      await this.http.json<DayView>({
        method: 'GET',
        path: '/api/v1/meal-logs',
        query: { date, tz },
        ...opt(signal),
      })
    ).body;
  }

  async mealLog(id: string, signal?: AbortSignal): Promise<MealLog> {
    const path = `/api/v1/meal-logs/${encodeURIComponent(id)}`;
    return (await this.http.json<MealLog>({ method: 'GET', path, ...opt(signal) })).body;
  }

  /**
   * PATCH /meal-logs/{id} with `If-Match: "<version>"`. A version that is no longer the meal's is an
   * ApiError `precondition_failed` whose `problem.current` is the meal as it is now.
   */
  async editMealLog(
    id: string,
    patch: MealLogPatch,
    version: number,
    signal?: AbortSignal,
  ): Promise<MealLog> {
    const path = `/api/v1/meal-logs/${encodeURIComponent(id)}`;
    const headers = { 'if-match': `"${version}"` };
    return (await this.http.json<MealLog>({ method: 'PATCH', path, body: patch, headers, ...opt(signal) }))
      .body;
  }

  /** GET /foods?q=: best match first, typo-tolerant. */
  async searchFoods(q: string, limit?: number, signal?: AbortSignal): Promise<Food[]> {
    const query = { q, ...(limit === undefined ? {} : { limit }) };
    return (await this.http.json<FoodList>({ method: 'GET', path: '/api/v1/foods', query, ...opt(signal) }))
      .body.foods;
  }

  async food(id: string, signal?: AbortSignal): Promise<Food> {
    const path = `/api/v1/foods/${encodeURIComponent(id)}`;
    return (await this.http.json<Food>({ method: 'GET', path, ...opt(signal) })).body;
  }

  /** GET /me/portions: the amounts remembered from the user's corrections, most recent first. */
  async portions(signal?: AbortSignal): Promise<PortionList['portions']> {
    return (await this.http.json<PortionList>({ method: 'GET', path: '/api/v1/me/portions', ...opt(signal) }))
      .body.portions;
  }

  async forgetPortion(foodId: string, signal?: AbortSignal): Promise<void> {
    const path = `/api/v1/me/portions/${encodeURIComponent(foodId)}`;
    await this.http.send({ method: 'DELETE', path, ...opt(signal) });
  }

  /** GET /push/key: the VAPID key a browser subscribes with (PushManager.subscribe's applicationServerKey). */
  async pushKey(signal?: AbortSignal): Promise<string> {
    return (await this.http.json<PushKey>({ method: 'GET', path: '/api/v1/push/key', ...opt(signal) })).body
      .public_key;
  }

  /**
   * POST /push/subscriptions with a browser's PushSubscription (its `toJSON()`): the subscription's id,
   * the same one again for an endpoint already stored. An endpoint on a push service the server does
   * not allow is an ApiError `validation_failed`.
   */
  async subscribePush(subscription: PushSubscriptionBody, signal?: AbortSignal): Promise<string> {
    const path = '/api/v1/push/subscriptions';
    return (
      await this.http.json<PushSubscriptionCreated>({
        method: 'POST',
        path,
        body: subscription,
        ...opt(signal),
      })
    ).body.id;
  }

  /** DELETE /push/subscriptions/{id}: nothing is pushed to that browser any more. */
  async unsubscribePush(id: string, signal?: AbortSignal): Promise<void> {
    const path = `/api/v1/push/subscriptions/${encodeURIComponent(id)}`;
    await this.http.send({ method: 'DELETE', path, ...opt(signal) });
  }

  async deleteMealLog(id: string, signal?: AbortSignal): Promise<void> {
    const path = `/api/v1/meal-logs/${encodeURIComponent(id)}`;
    await this.http.send({ method: 'DELETE', path, ...opt(signal) });
  }

  /** GET /events: the stream after `after`; with `wait` the server holds the request until something arrives. */
  async events(
    query: { after: number; limit?: number; wait?: number },
    signal?: AbortSignal,
  ): Promise<PollResponse> {
    const waitMs = (query.wait ?? 0) * 1000;
    return (
      await this.http.json<PollResponse>({
        method: 'GET',
        path: '/api/v1/events',
        query,
        // A held request legitimately takes `wait` seconds; only silence well beyond it is a dead peer.
        timeoutMs: waitMs + 15_000,
        ...opt(signal),
      })
    ).body;
  }

  /** GET /events/stream: the SSE response, to be read by the caller (the SSE transport). */
  async eventStream(after: number, signal: AbortSignal): Promise<Response> {
    return this.http.send({
      method: 'GET',
      path: '/api/v1/events/stream',
      query: { after },
      headers: { accept: 'text/event-stream' },
      timeoutMs: 0,
      signal,
    });
  }

  private async session(path: string, email: string, password: string): Promise<Session> {
    const answer = await this.http.json<Session>({
      method: 'POST',
      path,
      body: { email, password },
      auth: false,
    });
    this.http.tokens.setSession({
      access_token: answer.body.access_token,
      refresh_token: answer.body.refresh_token ?? null,
    });
    return answer.body;
  }
}

const opt = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
