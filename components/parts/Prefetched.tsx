import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * Puts data read on the server into the browser's query cache under the keys its hooks use, so
 * the first render shows it (the hooks refetch at once, as after any navigation). A null `data`
 * is left out: that query starts in the browser as before.
 */
export function Prefetched({ queries, children }: { queries: { key: QueryKey; data: unknown }[]; children: ReactNode }) {
  const client = new QueryClient();
  for (const q of queries) if (q.data !== null && q.data !== undefined) client.setQueryData(q.key, q.data);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
