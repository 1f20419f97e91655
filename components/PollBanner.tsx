import type { ClusterSummary } from '@/lib/views/clusters';
import { TimeAgo } from './TimeAgo';

/** Says how fresh the figures are, and loudly when they are not. */
export function PollBanner({ summary, error }: { summary: ClusterSummary; error: string | null }) {
  const p = summary.lastPoll;
  if (summary.status === 'unreachable') {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        Cluster unreachable{summary.unreachableSince ? <> since <TimeAgo at={summary.unreachableSince} /></> : null}
        {p?.error ? `: ${p.error}` : ''}. Figures below are the last known state, not current.
      </div>
    );
  }
  if (summary.stale || error) {
    return (
      <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
        {error ? `Refresh failed: ${error}. ` : ''}
        {summary.stale && p ? <>No poll since <TimeAgo at={p.at} />: the collector may not be running. </> : null}
        Showing last known data.
      </div>
    );
  }
  return (
    <p className="text-xs text-slate-500">
      {p ? <>Updated <TimeAgo at={p.at} /> ({p.durationMs} ms{p.status === 'partial' ? `, partial: ${p.error ?? ''}` : ''})</> : 'Waiting for the first poll…'}
    </p>
  );
}
