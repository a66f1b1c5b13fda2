import type { GoalsState } from '@fitiq/client';
import { useSyncExternalStore } from 'react';
import { useClient } from '../app/client-context.js';

/** The user's goals as the SDK keeps them: live, from every device. */
export const useGoals = (): GoalsState => {
  const { goals } = useClient();
  return useSyncExternalStore(goals.subscribe, goals.getSnapshot);
};
