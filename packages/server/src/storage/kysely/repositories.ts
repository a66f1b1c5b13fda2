import type { Repositories, StorageCapabilities } from '../storage.js';
import { createEventRepository } from './event-repository.js';
import type { Executor } from './executor.js';
import { createIdempotencyRepository } from './idempotency-repository.js';
import { createJobRepository } from './job-repository.js';
import { createMealLogRepository } from './meal-log-repository.js';
import { createSessionRepository } from './session-repository.js';
import { createUserRepository } from './user-repository.js';

export const createRepositories = (db: Executor, capabilities: StorageCapabilities): Repositories => ({
  users: createUserRepository(db),
  meals: createMealLogRepository(db),
  idempotency: createIdempotencyRepository(db),
  events: createEventRepository(db),
  jobs: createJobRepository(db, capabilities),
  sessions: createSessionRepository(db),
});
