'use client';

import type { ReactNode } from 'react';
import { isNotFound } from '@/lib/client/fetch-json';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { buttonClass, TableSkeleton } from '@/components/parts/ui';

/** The part of a React Query result the states need (plain and infinite queries both fit). */
export interface QueryLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  dataUpdatedAt: number;
  refetch: () => unknown;
}

/** Shown above last known data when a refresh fails: what failed, and how old the data is. */
export function RefreshWarning({ what, error, updatedAt }: { what: string; error: Error; updatedAt: number }) {
  return (
    <p role="alert" className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
      Could not refresh {what}: {error.message}.{' '}
      {updatedAt > 0 ? (
        <>
          Showing data from <TimeAgo at={new Date(updatedAt).toISOString()} />.
        </>
      ) : (
        'Showing the last data received.'
      )}
    </p>
  );
}

export function LoadError({ what, error, onRetry }: { what: string; error: Error; onRetry?: () => unknown }) {
  return (
    <div role="alert" className="m-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200">
      <p>
        Could not load {what}: {error.message}
      </p>
      {onRetry && (
        <button type="button" className={`${buttonClass} mt-2`} onClick={() => void onRetry()}>
          Try again
        </button>
      )}
    </div>
  );
}

/**
 * Loading skeleton, load error (with retry), not-found, or the data — with a warning above it
 * when the latest refresh failed, since React Query keeps the last good data.
 */
export function QueryState<T>({
  query,
  what,
  skeleton,
  notFound,
  children,
}: {
  query: QueryLike<T>;
  what: string;
  skeleton?: ReactNode;
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.data === undefined) {
    if (query.error) {
      if (notFound && isNotFound(query.error)) return <>{notFound}</>;
      return <LoadError what={what} error={query.error} onRetry={query.refetch} />;
    }
    return <>{skeleton ?? <TableSkeleton label={`Loading ${what}…`} />}</>;
  }
  return (
    <>
      {query.error && <RefreshWarning what={what} error={query.error} updatedAt={query.dataUpdatedAt} />}
      {children(query.data)}
    </>
  );
}
