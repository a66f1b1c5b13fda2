import type { Goals } from '@fitiq/contract';
import type { EventLog } from '../events/event-log.js';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import { NO_GOALS } from './no-goals.js';

/** A user's daily goals, the same on every device: a change travels the user's stream. */
export const createGoalsService = (deps: { storage: Storage; eventLog: EventLog; clock: Clock }) => {
  const { storage, eventLog, clock } = deps;
  return {
    async get(userId: string): Promise<Goals> {
      return (await storage.repos.goals.find(userId)) ?? NO_GOALS;
    },

    async set(userId: string, goals: Goals): Promise<Goals> {
      // Exactly the four goals, whatever else the object carried, in the event as in storage.
      const saved: Goals = {
        calories: goals.calories,
        protein_g: goals.protein_g,
        carbs_g: goals.carbs_g,
        fat_g: goals.fat_g,
      };
      /* The goals and their event commit together: a device that follows the stream misses no change. */
      await eventLog.write(async (tx, _emit, emitData) => {
        await tx.goals.save(userId, saved, clock.nowIso());
        await emitData(userId, 'goals.updated', { goals: saved });
      });
      return saved;
    },
  };
};

export type GoalsService = ReturnType<typeof createGoalsService>;
