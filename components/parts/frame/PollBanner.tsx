import type { ClusterSummary } from '@/lib/views/clusters';
import { TimeAgo } from '@/components/parts/TimeAgo';

const RED = 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100';
const AMBER = 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100';

/**
 * Says how fresh the figures are, and loudly when they are not. `stale` may be given by the
 * caller (computed against a ticking clock); `quiet` renders nothing while all is well.
 */
export function PollBanner({ summary, error, stale, quiet = false }: { summary: ClusterSummary; error: string | null; stale?: boolean; quiet?: boolean }) {
  const p = summary.lastPoll;
  const isStale = stale ?? summary.stale;
  // Why it cannot be read (refused credentials, a TLS mismatch, …) without the phase name in front.
  const why = summary.statusReason ?? p?.error;
  if (summary.firstReachedAt === null && p && p.status === 'failed') {
    return (
      <div role="alert" data-banner="never-reached" className={`rounded border p-2 text-sm font-medium ${RED}`}>
        Cluster not reached yet{why ? `: ${why}` : ''}. There is no data about it yet; Kafkascope keeps trying every{' '}
        {Math.round(summary.pollIntervalMs / 1000)} s.
      </div>
    );
  }
  if (summary.status === 'unreachable') {
    return (
      <div role="alert" data-banner="unreachable" className={`rounded border p-2 text-sm font-medium ${RED}`}>
        Cluster unreachable{summary.unreachableSince ? <> since <TimeAgo at={summary.unreachableSince} /></> : null}
        {why ? `: ${why}` : ''}. Figures are the last known state, not current.
      </div>
    );
  }
  if (error) {
    // We cannot ask: how old the figures are is what matters, and red once they are stale.
    return (
      <div role="alert" data-banner="refresh-failed" className={`rounded border p-2 text-sm ${isStale ? `font-medium ${RED}` : AMBER}`}>
        Refresh failed: {error}. Showing the last known state{p ? <> (polled <TimeAgo at={p.at} />)</> : null}.
      </div>
    );
  }
  if (isStale && p) {
    return (
      <div role="alert" data-banner="stale" className={`rounded border p-2 text-sm font-medium ${RED}`}>
        Stale: no poll since <TimeAgo at={p.at} />; the collector may not be running. Figures are the last known state, not current.
      </div>
    );
  }
  if (p && p.status === 'failed') {
    return (
      <div role="alert" data-banner="failed" className={`rounded border p-2 text-sm font-medium ${RED}`}>
        Last poll failed <TimeAgo at={p.at} />
        {why ? `: ${why}` : ''}. Figures are the last known state.
      </div>
    );
  }
  if (p && p.status === 'partial') {
    return (
      <div data-banner="partial" className={`rounded border px-2 py-1 text-xs ${AMBER}`}>
        Last poll was partial{p.error ? `: ${p.error}` : ''}. Some figures may be older than the rest.
      </div>
    );
  }
  if (quiet) return null;
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      {p ? <>Updated <TimeAgo at={p.at} /> ({p.durationMs} ms)</> : 'Waiting for the first poll…'}
    </p>
  );
}
