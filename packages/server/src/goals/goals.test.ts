/**
 * Goals (contract v1.1) on SQLite and PostgreSQL: stored per user, the same on every device through a
 * `goals.updated` event, in the export, gone with the account.
 */
import type { AccountExport, AnyStreamEvent, Goals, PollResponse } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { streamHead } from '../testing/meal-edits.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const NONE: Goals = { calories: null, protein_g: null, carbs_g: null, fat_g: null };

describe.each(dialects)('goals on $name', (dialect) => {
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

  const getGoals = async (token: string) =>
    (await request<Goals>(server.url, 'GET', '/api/v1/me/goals', { token })).body;
  const putGoals = (token: string, body: unknown) =>
    request<Goals & { code?: string }>(server.url, 'PUT', '/api/v1/me/goals', { token, body });
  const eventsAfter = async (token: string, after: number) =>
    (await request<PollResponse>(server.url, 'GET', `/api/v1/events?after=${after}`, { token })).body
      .events as unknown as AnyStreamEvent[];

  it('a new user has no goals: every one null', async () => {
    const { access_token: token } = await registerUser(server.url);
    expect(await getGoals(token)).toEqual(NONE);
  });

  it('PUT stores them, answers them, and writes one goals.updated event carrying them', async () => {
    const { access_token: token } = await registerUser(server.url);
    const goals = { calories: 2100, protein_g: 140.5, carbs_g: null, fat_g: 70 };
    const head = await streamHead(server.url, token);
    const put = await putGoals(token, goals);
    expect(put.status).toBe(200);
    expect(put.body).toEqual(goals);
    expect(await getGoals(token)).toEqual(goals);
    const events = await eventsAfter(token, head);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: head + 1, type: 'goals.updated', data: { goals } });
  });

  it('a second PUT replaces the goals, and clearing one sets it to null', async () => {
    const { access_token: token } = await registerUser(server.url);
    await putGoals(token, { calories: 2000, protein_g: 100, carbs_g: 250, fat_g: 60 });
    await putGoals(token, { calories: 1800, protein_g: null, carbs_g: 200, fat_g: 60 });
    expect(await getGoals(token)).toEqual({ calories: 1800, protein_g: null, carbs_g: 200, fat_g: 60 });
  });

  it.each([
    ['zero', { calories: 0, protein_g: null, carbs_g: null, fat_g: null }],
    ['a negative goal', { calories: null, protein_g: -5, carbs_g: null, fat_g: null }],
    ['a string', { calories: '2000', protein_g: null, carbs_g: null, fat_g: null }],
    ['a missing field', { calories: 2000, protein_g: null, carbs_g: null }],
    ['an unknown field', { calories: 2000, protein_g: null, carbs_g: null, fat_g: null, fibre_g: 30 }],
    ['an array', [2000, null, null, null]],
  ])('refuses %s with 400 validation_failed, and changes nothing', async (_name, body) => {
    const { access_token: token } = await registerUser(server.url);
    const kept = { calories: 2000, protein_g: 120, carbs_g: 220, fat_g: 70 };
    await putGoals(token, kept);
    const head = await streamHead(server.url, token);
    const answer = await putGoals(token, body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.code).toBe('validation_failed');
    expect(await getGoals(token)).toEqual(kept);
    expect(await streamHead(server.url, token)).toBe(head);
  });

  it("never crosses users: one user's goals are not another's", async () => {
    const { access_token: mine } = await registerUser(server.url);
    const { access_token: theirs } = await registerUser(server.url);
    await putGoals(mine, { calories: 2500, protein_g: null, carbs_g: null, fat_g: null });
    expect(await getGoals(theirs)).toEqual(NONE);
    expect(await eventsAfter(theirs, 0)).toEqual([]);
  });

  it('the account export holds them; deleting the account deletes them', async () => {
    const session = await registerUser(server.url);
    const token = session.access_token;
    const goals = { calories: 1900, protein_g: 110, carbs_g: null, fat_g: null };
    await putGoals(token, goals);
    const exported = await request<AccountExport>(server.url, 'GET', '/api/v1/me/export', { token });
    expect(exported.status).toBe(200);
    expect(exported.body.goals).toEqual(goals);
    // The export's serializer keeps a goals event whole, beside the meal events it was built for.
    expect(exported.body.events.find((e) => e.type === 'goals.updated')).toMatchObject({ data: { goals } });

    const deleted = await request(server.url, 'DELETE', '/api/v1/me', {
      token,
      body: { password: 'correct horse battery' },
    });
    expect(deleted.status).toBe(204);
    expect(await server.storage.repos.goals.find(session.user.id)).toBeNull();
  });
});
