'use client';

import Link from 'next/link';
import { useClusters } from '@/lib/client/queries';
import type { Identity } from '@/lib/model/auth';
import { UserMenu } from '@/components/parts/frame/UserMenu';
import { StatusBadge } from '@/components/parts/StatusBadge';
import { TimeAgo } from '@/components/parts/TimeAgo';

export function ClusterList({ user }: { user?: Identity }) {
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Kafkascope</h1>
        <UserMenu user={user} />
      </div>
      <Clusters />
    </>
  );
}

function Clusters() {
  const { data, error, isPending } = useClusters();
  if (isPending) return <p className="text-slate-500 dark:text-slate-400">Loading clusters…</p>;
  if (error) return <p role="alert" className="text-red-700">Cannot load clusters: {error.message}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {data.clusters.map((c) => (
        <li key={c.id}>
          <Link
            href={`/clusters/${encodeURIComponent(c.id)}`}
            className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-sky-400 dark:border-slate-800 dark:bg-slate-900"
          >
            <div className="flex items-center justify-between gap-2">
              <span className="font-semibold">{c.name}</span>
              <StatusBadge status={c.status} />
            </div>
            <div className="mt-1 text-sm text-slate-500 dark:text-slate-400">{c.brokers.join(', ')}</div>
            <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {c.lastPoll ? <>last poll <TimeAgo at={c.lastPoll.at} /></> : 'waiting for the first poll'}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
