import type { FitIQClient } from '@fitiq/client';
import { createContext, useContext } from 'react';

export const ClientContext = createContext<FitIQClient | null>(null);

/** The signed-in user's SDK client; only used below the signed-in shell, where there always is one. */
export const useClient = (): FitIQClient => {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient is used outside the signed-in app');
  return client;
};
