'use client';

import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { EventGroupPage, EventPage } from '@/lib/client/queries';
import { EventGroupList, EventList } from '@/components/parts/events/EventList';
import { QueryState } from '@/components/parts/QueryState';
import { buttonClass, Card, EmptyState, linkClass } from '@/components/parts/ui';

/** Either kind of event page: the list's or the grouped one (told apart by their fields). */
type AnyEvents = UseInfiniteQueryResult<InfiniteData<EventPage | EventGroupPage, unknown>, Error>;

/** A card of events, grouped per cause or one per line, with "load older"; used by the broker, topic and events pages. */
export function EventFeed({
  cluster,
  title,
  query,
  moreHref,
  empty,
  actions,
}: {
  cluster: string;
  title: ReactNode;
  query: { kind: 'list' | 'grouped'; q: AnyEvents };
  moreHref?: string;
  empty: ReactNode;
  actions?: ReactNode;
}) {
  const q = query.q;
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
      <QueryState query={q} what="events">
        {(data) => {
          const pages = data.pages;
          const events = pages.flatMap((p) => ('events' in p ? p.events : []));
          const groups = pages.flatMap((p) => ('groups' in p ? p.groups : []));
          const count = query.kind === 'list' ? events.length : groups.reduce((n, g) => n + 1 + g.members.length, 0);
          if (count === 0) return typeof empty === 'string' ? <EmptyState title="No events">{empty}</EmptyState> : empty;
          return (
            <div className={q.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
              {query.kind === 'list' ? <EventList cluster={cluster} events={events} /> : <EventGroupList cluster={cluster} groups={groups} />}
              <div className="flex items-center gap-3 border-t border-slate-100 px-3 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <span>
                  {count} event{count === 1 ? '' : 's'}
                  {query.kind === 'grouped' ? ` in ${groups.length} line${groups.length === 1 ? '' : 's'}` : ''}, newest first
                </span>
                {q.hasNextPage ? (
                  <button type="button" className={buttonClass} onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
                    {q.isFetchingNextPage ? 'Loading…' : 'Load older'}
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
