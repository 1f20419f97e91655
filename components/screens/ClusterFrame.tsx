'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { REFRESH, useBrokers, useClusters } from '@/lib/client/queries';
import { useNow } from '@/lib/client/use-now';
import type { Identity } from '@/lib/model/auth';
import type { ClusterSummary } from '@/lib/views/clusters';
import { ClusterSwitcher } from '@/components/parts/frame/ClusterSwitcher';
import { SectionNav } from '@/components/parts/frame/SectionNav';
import { PollBanner } from '@/components/parts/frame/PollBanner';
import { BrandLink } from '@/components/parts/frame/BrandLink';
import { UserMenu } from '@/components/parts/frame/UserMenu';
import { StatusBadge } from '@/components/parts/StatusBadge';
import { ThemeToggle } from '@/components/parts/ThemeToggle';
import { formatAgo } from '@/components/parts/TimeAgo';

/** Older than three poll intervals (plus our own refresh delay): nobody is polling. */
function isStale(s: ClusterSummary, now: number): boolean {
  if (s.stale) return true;
  return s.lastPoll !== null && now - Date.parse(s.lastPoll.at) > 3 * s.pollIntervalMs + REFRESH.clusters;
}

function Freshness({ summary, failing }: { summary: ClusterSummary; failing: boolean }) {
  const now = useNow(1000);
  const p = summary.lastPoll;
  if (!p) return <span className="text-xs text-slate-500 dark:text-slate-400">waiting for the first poll</span>;
  const bad = failing || isStale(summary, now) || summary.status === 'unreachable' || p.status === 'failed';
  return (
    <span
      data-testid="freshness"
      className={`text-xs tabular-nums ${bad ? 'font-semibold text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}
    >
      <time dateTime={p.at} title={new Date(p.at).toLocaleString()}>
        updated {formatAgo(now - Date.parse(p.at))}
      </time>
    </span>
  );
}

function HeaderStatus({ summary }: { summary: ClusterSummary }) {
  const now = useNow(1000);
  // "OK" from a poll minutes ago is not OK: say the figures are stale instead.
  if (summary.status !== 'unreachable' && isStale(summary, now)) return <StatusBadge status="stale" />;
  return <StatusBadge status={summary.status} />;
}

function Banner({ summary, error }: { summary: ClusterSummary; error: string | null }) {
  const now = useNow(1000);
  return <PollBanner summary={summary} error={error} stale={isStale(summary, now)} quiet />;
}

export function ClusterFrame({ cluster, user, children }: { cluster: string; user?: Identity; children: ReactNode }) {
  const pathname = usePathname();
  const clusters = useClusters();
  const brokers = useBrokers(cluster);
  const summary = clusters.data?.clusters.find((c) => c.id === cluster);
  const controller = brokers.data?.brokers.find((b) => b.isController)?.id;
  const down = brokers.data?.brokers.filter((b) => !b.up).length ?? 0;
  const section = pathname.split('/')[3] ?? 'overview';
  const refreshError = clusters.error?.message ?? null;

  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-sky-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-4 gap-y-1.5 px-4 pt-2">
          <BrandLink />
          <ClusterSwitcher current={cluster} />
          {summary && <HeaderStatus summary={summary} />}
          <span className="text-xs text-slate-500 dark:text-slate-400">
            controller <span data-testid="controller-id" className="font-semibold text-slate-700 dark:text-slate-200">{controller ?? '—'}</span>
          </span>
          {summary && <Freshness summary={summary} failing={refreshError !== null} />}
          <div className="ml-auto flex items-center gap-3">
            <UserMenu user={user} />
            <ThemeToggle />
          </div>
        </div>
        <SectionNav cluster={cluster} section={section} brokersDown={down} />
        {summary && (
          <div className="mx-auto max-w-[1600px] px-4 empty:hidden [&>*]:mb-2">
            <Banner summary={summary} error={refreshError} />
          </div>
        )}
        {!summary && clusters.error && (
          <div className="mx-auto max-w-[1600px] px-4 pb-2">
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              Cannot load the cluster status: {clusters.error.message}
            </p>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-[1600px] px-4 py-4 focus:outline-none">
        {children}
      </main>
    </>
  );
}
