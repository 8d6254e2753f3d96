import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from '../api/api-client';

export const ApiContext = createContext<ApiClient | null>(null);

/** The signed-in API client; every view below the sign-in has one. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (client === null) throw new Error('useApi outside the signed-in dashboard');
  return client;
}
