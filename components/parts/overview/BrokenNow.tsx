'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { paths } from '@/lib/client/paths';
import type { PartitionProblem, Problems } from '@/lib/views/problems';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Card, linkClass } from '@/components/parts/ui';

function Section({ title, hint, count, children, more }: { title: string; hint: string; count: number; children: ReactNode; more?: { href: string; label: string } }) {
  return (
    <section aria-label={title} data-problem={title} className="min-w-0 px-3 py-2">
      <h3 className="text-sm font-semibold text-red-800 dark:text-red-300">
        {title} <span className="tabular-nums">({count})</span>
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>
      <ul className="mt-1 space-y-0.5 text-sm">{children}</ul>
      {more && (
        <Link href={more.href} className={`${linkClass} text-xs`}>
          {more.label} →
        </Link>
      )}
    </section>
  );
}

function Partitions({ cluster, list }: { cluster: string; list: PartitionProblem[] }) {
  return (
    <>
      {list.map((p) => (
        <li key={`${p.topic}-${p.partition}`} className="flex flex-wrap gap-x-2">
          <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={`${linkClass} font-medium [overflow-wrap:anywhere]`}>
            {p.topic}-{p.partition}
          </Link>
          <span className="text-xs text-slate-500 dark:text-slate-400">{p.since ? <>since <TimeAgo at={p.since} /></> : 'since before it was watched'}</span>
        </li>
      ))}
    </>
  );
}

/** The overview's first card: everything broken right now, by name, each linked; or a plain all-clear. */
export function BrokenNow({ cluster, problems }: { cluster: string; problems: Problems }) {
  const { brokersDown, offline, underMinIsr, groups } = problems;
  // kafka-topics counts an offline partition as under min ISR too; it is named once, under offline.
  const offlineKeys = new Set(offline.partitions.map((p) => `${p.topic}\u0000${p.partition}`));
  const onlyUnderMinIsr = underMinIsr.partitions.filter((p) => !offlineKeys.has(`${p.topic}\u0000${p.partition}`));
  const nothing = brokersDown.length === 0 && offline.count === 0 && underMinIsr.count === 0 && groups.count === 0;
  if (nothing) {
    return (
      <p data-testid="broken-now" data-all-clear className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200">
        Nothing is broken right now: every broker is up, every partition has a leader and enough in-sync replicas, and no consumer group is failing.
      </p>
    );
  }
  const more = (n: number, shown: number, href: string) => (n > shown ? { href, label: `All ${n}` } : undefined);
  return (
    <Card title="Broken now" className="border-red-300 dark:border-red-900" id="broken-now">
      <div data-testid="broken-now" className="grid divide-y divide-slate-100 dark:divide-slate-800 lg:grid-cols-2 lg:divide-y-0">
        {brokersDown.length > 0 && (
          <Section title="Brokers down" hint="Their partitions lost a replica; those they led moved or went offline." count={brokersDown.length}>
            {brokersDown.map((b) => (
              <li key={b.id} className="flex flex-wrap gap-x-2">
                <Link prefetch={false} href={paths.broker(cluster, b.id)} className={`${linkClass} font-medium underline`}>
                  Broker {b.id}
                </Link>
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {b.host}:{b.port}, down since <TimeAgo at={b.since} />
                </span>
              </li>
            ))}
          </Section>
        )}
        {offline.count > 0 && (
          <Section title="Offline partitions" hint="No leader: nobody can read or write them." count={offline.count} more={more(offline.count, offline.partitions.length, paths.topics(cluster, { status: 'offline' }))}>
            <Partitions cluster={cluster} list={offline.partitions} />
          </Section>
        )}
        {underMinIsr.count > 0 && (
          <Section
            title="Under min ISR"
            hint={`Fewer in-sync replicas than min.insync.replicas: producers with acks=all fail.${offline.count > 0 ? ' Counted as kafka-topics counts them: the offline partitions above included.' : ''}`}
            count={underMinIsr.count}
            more={more(underMinIsr.count, underMinIsr.partitions.length, paths.topics(cluster, { status: 'under-min-isr' }))}
          >
            <Partitions cluster={cluster} list={onlyUnderMinIsr} />
          </Section>
        )}
        {groups.count > 0 && (
          <Section title="Consumer groups failing" hint="ERR: too far behind; STALL: stuck with members; STOP: stuck, no members." count={groups.count} more={more(groups.count, groups.list.length, paths.groups(cluster))}>
            {groups.list.map((g) => (
              <li key={g.groupId} className="flex flex-wrap items-center gap-x-2">
                <GroupStatusBadge status={g.status} reason={g.reason} />
                <Link prefetch={false} href={paths.group(cluster, g.groupId)} className={`${linkClass} font-medium [overflow-wrap:anywhere]`}>
                  {g.groupId}
                </Link>
                <span className="text-xs text-slate-500 dark:text-slate-400">{g.reason}</span>
              </li>
            ))}
          </Section>
        )}
      </div>
    </Card>
  );
}
