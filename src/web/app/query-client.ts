/** The TanStack Query client: server state lives here, never in component state. */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** One client for the app; 4xx answers are not retried (they will not change by asking again). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});
