'use client';

import { formatDuration } from '@/lib/client/format';
import { useNow } from '@/lib/client/use-now';

/** "2h 13m so far", ticking: for things still going on. */
export function Elapsed({ since }: { since: string }) {
  const now = useNow(1000);
  return (
    <time dateTime={since} suppressHydrationWarning>
      {formatDuration(now - Date.parse(since))} so far
    </time>
  );
}
