import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Repositories, StorageCapabilities } from '../storage.js';
import { createEventRepository, prepareEventStatements } from './event-repository.js';
import type { Executor } from './executor.js';
import { createGoalsRepository } from './goals-repository.js';
import { createIdempotencyRepository, prepareIdempotencyStatements } from './idempotency-repository.js';
import { createJobRepository } from './job-repository.js';
import { createMealHistoryRepository, prepareMealHistoryStatements } from './meal-history-repository.js';
import { createMealLogRepository, prepareMealLogStatements } from './meal-log-repository.js';
import { createPortionRepository, preparePortionStatements } from './portion-repository.js';
import { createPushRepository, preparePushStatements } from './push-repository.js';
import { createSessionRepository, prepareSessionStatements } from './session-repository.js';
import { createUserRepository } from './user-repository.js';

/** Compiled once per storage, for the dialect of `db`; run on its connection or in any of its transactions. */
export const prepareStatements = (db: Kysely<Database>, capabilities: StorageCapabilities) => ({
  meals: prepareMealLogStatements(db),
  idempotency: prepareIdempotencyStatements(db),
  events: prepareEventStatements(db),
  portions: preparePortionStatements(db),
  push: preparePushStatements(db),
  sessions: prepareSessionStatements(db),
  history: prepareMealHistoryStatements(db, capabilities),
});

export type Statements = ReturnType<typeof prepareStatements>;

export const createRepositories = (
  db: Executor,
  capabilities: StorageCapabilities,
  statements: Statements,
): Repositories => ({
  users: createUserRepository(db),
  meals: createMealLogRepository(db, statements.meals),
  idempotency: createIdempotencyRepository(db, statements.idempotency),
  events: createEventRepository(db, statements.events),
  jobs: createJobRepository(db, capabilities),
  sessions: createSessionRepository(db, statements.sessions),
  portions: createPortionRepository(db, statements.portions),
  push: createPushRepository(db, capabilities, statements.push),
  goals: createGoalsRepository(db),
  history: createMealHistoryRepository(db, capabilities, statements.history),
});
