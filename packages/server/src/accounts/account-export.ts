import type { AccountExport, AnyStreamEvent } from '@fitiq/contract';
import { toUserDto } from '../auth/user-record.js';
import { NO_GOALS } from '../goals/no-goals.js';
import { toMealLogDto } from '../meals/meal-log-record.js';
import { toPortionDto } from '../portions/portion-dto.js';
import type { Repositories } from '../storage/storage.js';

const EVENT_PAGE = 500;

const retainedEvents = async (tx: Repositories, userId: string): Promise<AnyStreamEvent[]> => {
  const events: AnyStreamEvent[] = [];
  for (let after = 0; ; ) {
    const page = await tx.events.readAfter(userId, after, EVENT_PAGE);
    for (const event of page) events.push(JSON.parse(event.json) as AnyStreamEvent);
    if (page.length < EVENT_PAGE) return events;
    after = page[page.length - 1]?.seq ?? after;
  }
};

/**
 * Everything stored about one user, read in one snapshot so the parts agree. Password hash and
 * refresh-token hashes stay out: they are credentials, not the user's data.
 */
export const readAccountExport = async (
  tx: Repositories,
  userId: string,
  exportedAt: string,
): Promise<AccountExport | null> => {
  const user = await tx.users.findById(userId);
  if (!user) return null;
  const meals = await tx.meals.listAll(userId);
  const events = await retainedEvents(tx, userId);
  const sessions = await tx.sessions.listForUser(userId);
  const keys = await tx.idempotency.listForUser(userId);
  const portions = await tx.portions.listForUser(userId);
  const pushSubscriptions = await tx.push.listForUser(userId);
  const goals = await tx.goals.find(userId);
  return {
    exported_at: exportedAt,
    user: toUserDto(user),
    meal_logs: meals.map(toMealLogDto),
    events,
    sessions: sessions.map((s) => ({
      id: s.id,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      revoked_at: s.revokedAt,
    })),
    idempotency_keys: keys.map((k) => ({ key: k.key, meal_log_id: k.mealLogId, created_at: k.createdAt })),
    portions: portions.map(toPortionDto),
    // The browser's keys stay out, as every credential does.
    push_subscriptions: pushSubscriptions.map((s) => ({
      id: s.id,
      endpoint: s.endpoint,
      created_at: s.createdAt,
    })),
    goals: goals ?? NO_GOALS,
  };
};
