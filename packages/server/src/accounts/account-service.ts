import type { AccountExport } from '@fitiq/contract';
import { verifyPassword } from '../auth/password.js';
import type { Revocations } from '../auth/revocations.js';
import { AppError } from '../errors/app-error.js';
import { toMealLogDto } from '../meals/meal-log-record.js';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import { readAccountExport } from './account-export.js';
import { mealLogsCsv } from './account-export-csv.js';

const gone = () => new AppError('unauthorized', 'The account of this token no longer exists');

/** The user's own account: take everything out (export), or delete everything (erasure). */
export const createAccountService = (deps: { storage: Storage; revocations: Revocations; clock: Clock }) => {
  const { storage, revocations, clock } = deps;
  return {
    async export(userId: string): Promise<AccountExport> {
      const exported = await storage.snapshot((tx) => readAccountExport(tx, userId, clock.nowIso()));
      if (!exported) throw gone();
      return exported;
    },

    /** The meals alone, one CSV row per item (GET /me/export?format=csv). */
    async exportCsv(userId: string): Promise<string> {
      const meals = await storage.snapshot(async (tx) =>
        (await tx.users.findById(userId)) ? tx.meals.listAll(userId) : null,
      );
      if (!meals) throw gone();
      return mealLogsCsv(meals.map(toMealLogDto));
    },

    /**
     * Deletes the account once its password is given again: a stolen access token alone must not be
     * enough to erase someone's data. Everything goes in one transaction; then every session of the
     * user ends on this node at once (its sockets close with 4001) and on the others within the
     * session check's bound.
     */
    async delete(userId: string, password: string): Promise<void> {
      const user = await storage.repos.users.findById(userId);
      if (!user) throw gone();
      if (!(await verifyPassword(password, user.passwordHash)))
        throw new AppError('invalid_credentials', 'The password is wrong; the account was not deleted');
      const deleted = await storage.transaction((tx) => tx.users.deleteWithEverything(userId));
      revocations.publish({ userId, sessionId: null });
      if (!deleted) throw gone();
    },
  };
};

export type AccountService = ReturnType<typeof createAccountService>;
