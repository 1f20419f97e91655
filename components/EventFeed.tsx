'use client';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { EventPage } from '@/lib/client/queries';
import type { EventRow } from '@/lib/views/events';
import { EventList } from './EventList';
import { QueryState } from './QueryState';
import { buttonClass, Card, EmptyState, linkClass } from './ui';

type Pages = InfiniteData<EventPage, unknown>;

/** A card of events with "load older"; used by the broker, topic and events pages. */
export function EventFeed({
  cluster,
  title,
  query,
  moreHref,
  empty,
  before,
  actions,
}: {
  cluster: string;
  title: ReactNode;
  query: UseInfiniteQueryResult<Pages, Error>;
  moreHref?: string;
  empty: ReactNode;
  before?: (events: EventRow[]) => ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card
      title={title}
      actions={
        <>
          {actions}
          {moreHref && (
            <Link href={moreHref} className={`${linkClass} text-xs`}>
              Open in Events →
            </Link>
          )}
        </>
      }
    >
      <QueryState query={query} what="events">
        {(data) => {
          const events = data.pages.flatMap((p) => p.events);
          if (events.length === 0) return typeof empty === 'string' ? <EmptyState title="No events">{empty}</EmptyState> : empty;
          return (
            <div className={query.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
              {before?.(events)}
              <EventList cluster={cluster} events={events} />
              <div className="flex items-center gap-3 border-t border-slate-100 px-3 py-2 text-xs text-slate-500 dark:text-slate-400 dark:border-slate-800">
                <span>
                  {events.length} event{events.length === 1 ? '' : 's'}, newest first
                </span>
                {query.hasNextPage ? (
                  <button type="button" className={buttonClass} onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                    {query.isFetchingNextPage ? 'Loading…' : 'Load older'}
                  </button>
                ) : (
                  <span>· that is all of them</span>
                )}
              </div>
            </div>
          );
        }}
      </QueryState>
    </Card>
  );
}
