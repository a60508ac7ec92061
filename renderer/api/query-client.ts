import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server state. Answers stay fresh until a `data:changed` names an entity they read (see
 * invalidate.ts), so screens never poll or refetch on focus: the core tells them what went stale.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      // The core answers an envelope, never throws: a failed read is an answer to show, not a flake to retry.
      retry: false,
    },
  },
});
