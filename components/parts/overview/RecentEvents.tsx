'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { useRecentEventGroups } from '@/lib/client/queries';
import { EventGroupList } from '@/components/parts/events/EventList';
import { QueryState } from '@/components/parts/QueryState';
import { Card, EmptyState, linkClass } from '@/components/parts/ui';

/** The latest ten lines of events, grouped per cause. */
export function RecentEvents({ cluster }: { cluster: string }) {
  const q = useRecentEventGroups(cluster, 60);
  return (
    <Card
      title="Latest events"
      actions={
        <Link href={paths.events(cluster)} className={`${linkClass} text-xs`}>
          All events →
        </Link>
      }
    >
      <QueryState query={q} what="events">
        {(d) =>
          d.groups.length === 0 ? (
            <EmptyState title="No events yet">Changes (a broker going down, an ISR shrinking, a new topic) will be listed here as they happen.</EmptyState>
          ) : (
            <EventGroupList cluster={cluster} groups={d.groups.slice(0, 10)} compact />
          )
        }
      </QueryState>
    </Card>
  );
}
