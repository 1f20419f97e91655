'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { formatBig, formatCompact, formatCount } from '@/lib/client/format';
import { navigateTo, paths, type TopicListParams, type TopicStatus } from '@/lib/client/paths';
import { useTopics } from '@/lib/client/queries';
import { useSyncedState } from '@/lib/client/use-synced-state';
import type { TopicRow } from '@/lib/views/topics';
import { QueryState } from './QueryState';
import { TopicSearch } from './TopicSearch';
import { Card, Chip, Count, EmptyState, inputClass, linkClass, rowClass, tdClass, thClass } from './ui';

const STATUSES: { value: TopicStatus | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'offline', label: 'Offline' },
  { value: 'under-min-isr', label: 'Under min ISR' },
  { value: 'under-replicated', label: 'Under-replicated' },
  { value: 'rf1', label: 'RF = 1' },
];
const PAGE_SIZES = [25, 50, 100, 200];

type Params = TopicListParams & { page: number; pageSize: number; q: string };

function readParams(sp: { get(k: string): string | null }): Params {
  const status = STATUSES.find((s) => s.value !== undefined && s.value === sp.get('status'))?.value;
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    q: sp.get('q') ?? '',
    status,
    internal: sp.get('internal') === 'false' ? false : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 50,
  };
}

function describeFilters(p: Params): string {
  const parts = [p.q ? `name containing “${p.q}”` : null, p.status ? STATUSES.find((s) => s.value === p.status)?.label.toLowerCase() : null, p.internal === false ? 'not internal' : null];
  return parts.filter(Boolean).join(', ');
}

function TopicTable({ cluster, topics }: { cluster: string; topics: TopicRow[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Topics</caption>
        <thead>
          <tr>
            <th scope="col" className={`${thClass} w-[40%] min-w-[12rem]`}>Topic</th>
            <th scope="col" className={`${thClass} text-right`}>Partitions</th>
            <th scope="col" className={`${thClass} text-right`}>RF</th>
            <th scope="col" className={`${thClass} text-right`}>Min ISR</th>
            <th scope="col" className={`${thClass} text-right`} title="Partitions without a live leader">Offline</th>
            <th scope="col" className={`${thClass} text-right`} title="Partitions with fewer in-sync replicas than min.insync.replicas">Under min ISR</th>
            <th scope="col" className={`${thClass} text-right`} title="Partitions whose ISR is smaller than the replica list">Under-repl.</th>
            <th scope="col" className={`${thClass} text-right`} title="Messages currently retained (end − start offsets)">Messages</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => {
            const minIsrRisk = t.minInsyncReplicas !== null && t.replicationFactor > 1 && t.minInsyncReplicas >= t.replicationFactor;
            return (
              <tr key={t.name} data-topic={t.name} className={`${rowClass} ${t.offlinePartitions > 0 ? 'bg-red-50/70 dark:bg-red-950/30' : ''}`}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  <Link prefetch={false} href={paths.topic(cluster, t.name)} className={`${linkClass} [overflow-wrap:anywhere]`}>
                    {t.name}
                  </Link>
                  {t.internal && (
                    <span className="ml-2">
                      <Chip>internal</Chip>
                    </span>
                  )}
                </th>
                <td className={`${tdClass} text-right tabular-nums`}>{t.partitions}</td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {t.replicationFactor === 1 ? (
                    <Chip tone="bad" title="Replication factor 1: a single broker failure makes this topic unavailable, and a lost disk loses its data">
                      1 · risk
                    </Chip>
                  ) : (
                    t.replicationFactor
                  )}
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {t.minInsyncReplicas === null ? (
                    <span className="text-slate-500 dark:text-slate-400">?</span>
                  ) : minIsrRisk ? (
                    <span className="font-semibold text-amber-700 dark:text-amber-300" title="min.insync.replicas ≥ RF: one broker down blocks acks=all writes">
                      {t.minInsyncReplicas}
                    </span>
                  ) : (
                    t.minInsyncReplicas
                  )}
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  <Count n={t.offlinePartitions} />
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  <Count n={t.underMinIsrPartitions} />
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  <Count n={t.underReplicatedPartitions} tone="warn" />
                </td>
                <td className={`${tdClass} text-right tabular-nums`} title={t.messages === null ? 'Offsets not read yet' : formatBig(t.messages)}>
                  {formatCompact(t.messages)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TopicsView({ cluster }: { cluster: string }) {
  const sp = useSearchParams();
  const p = readParams(sp);
  const q = useTopics(cluster, p);
  const hrefWith = (patch: Partial<Params>) => paths.topics(cluster, { ...p, page: 1, ...patch, pageSize: patch.pageSize ?? (p.pageSize === 50 ? undefined : p.pageSize) });
  const filtered = Boolean(p.q || p.status || p.internal === false);
  const [showInternal, setShowInternal] = useSyncedState(p.internal !== false);
  const [pageSize, setPageSize] = useSyncedState(p.pageSize);

  // Stable for TopicSearch's debounce; reads the live URL so it never commits stale filters.
  const commitSearch = useCallback(
    (text: string) => {
      const now = readParams(new URLSearchParams(window.location.search));
      if (now.q === text) return;
      navigateTo(paths.topics(cluster, { ...now, q: text, page: 1, pageSize: now.pageSize === 50 ? undefined : now.pageSize }), 'replace');
    },
    [cluster],
  );

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Topics</h1>
      <Card>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
          <TopicSearch value={p.q} onCommit={commitSearch} />
          <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
            {STATUSES.map((s) => {
              const active = p.status === s.value;
              return (
                <Link
                  key={s.label}
                  href={hrefWith({ status: s.value })}
                  aria-current={active ? 'true' : undefined}
                  className={`rounded-full border px-2.5 py-0.5 text-xs ${
                    active
                      ? 'border-slate-800 bg-slate-800 text-white dark:border-slate-200 dark:bg-slate-200 dark:text-slate-900'
                      : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800'
                  }`}
                >
                  {s.label}
                </Link>
              );
            })}
          </nav>
          <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
            <input
              type="checkbox"
              checked={showInternal}
              onChange={(e) => {
                setShowInternal(e.target.checked);
                navigateTo(hrefWith({ internal: e.target.checked ? undefined : false }));
              }}
              className="accent-sky-600"
            />
            Show internal topics
          </label>
          {filtered && (
            <Link href={paths.topics(cluster)} className={`${linkClass} text-xs`}>
              Clear filters
            </Link>
          )}
        </div>
        <QueryState query={q} what="topics">
          {(d) => {
            const pages = Math.max(1, Math.ceil(d.total / d.pageSize));
            if (d.topics.length === 0) {
              if (d.total > 0 && p.page > 1)
                return (
                  <EmptyState title={`Page ${p.page} is past the end (${pages} page${pages === 1 ? '' : 's'})`}>
                    <Link href={hrefWith({ page: pages })} className={linkClass}>
                      Go to the last page
                    </Link>
                  </EmptyState>
                );
              return filtered ? (
                <EmptyState title={`No topics match: ${describeFilters(p)}`}>
                  <Link href={paths.topics(cluster)} className={linkClass}>
                    Clear filters
                  </Link>{' '}
                  to see all topics{p.status ? ', or pick another status above' : ''}.
                </EmptyState>
              ) : d.noDataReason ? (
                <EmptyState title="No data yet">
                  <span data-testid="no-data-reason">Kafkascope has not read this cluster: {d.noDataReason}.</span>
                </EmptyState>
              ) : (
                <EmptyState title="No topics in this cluster yet">Topics appear here within one poll of being created (kafka-topics --create …).</EmptyState>
              );
            }
            const first = (d.page - 1) * d.pageSize + 1;
            return (
              <div className={q.isPlaceholderData ? 'opacity-60 transition-opacity' : ''} aria-busy={q.isPlaceholderData}>
                <TopicTable cluster={cluster} topics={d.topics} />
                <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
                  <span data-testid="topics-range" className="tabular-nums">
                    {formatCount(first)}–{formatCount(first + d.topics.length - 1)} of {formatCount(d.total)} topics
                  </span>
                  <nav aria-label="Pages" className="flex items-center gap-1">
                    {d.page > 1 ? (
                      <Link href={hrefWith({ page: d.page - 1 })} className={`${linkClass} rounded px-1.5 py-0.5`} rel="prev">
                        ← Previous
                      </Link>
                    ) : (
                      <span className="px-1.5 py-0.5 text-slate-500 dark:text-slate-400">← Previous</span>
                    )}
                    <span className="tabular-nums">
                      page {d.page} of {pages}
                    </span>
                    {d.page < pages ? (
                      <Link href={hrefWith({ page: d.page + 1 })} className={`${linkClass} rounded px-1.5 py-0.5`} rel="next">
                        Next →
                      </Link>
                    ) : (
                      <span className="px-1.5 py-0.5 text-slate-500 dark:text-slate-400">Next →</span>
                    )}
                  </nav>
                  <span className="ml-auto flex items-center gap-1">
                    <label htmlFor="topics-page-size">Per page</label>
                    <select
                      id="topics-page-size"
                      value={pageSize}
                      onChange={(e) => {
                        setPageSize(Number(e.target.value));
                        navigateTo(hrefWith({ pageSize: Number(e.target.value) }));
                      }} className={`${inputClass} py-0 text-xs`}>
                      {PAGE_SIZES.map((n) => (
                        <option key={n} value={n}>
                          {n}
                        </option>
                      ))}
                    </select>
                  </span>
                </div>
              </div>
            );
          }}
        </QueryState>
      </Card>
    </div>
  );
}
