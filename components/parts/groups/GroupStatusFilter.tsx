'use client';

import { GROUP_STATUS_HELP, GROUP_STATUSES, type GroupStatus } from '@/lib/client/group-status';

/** "all 12 · OK 9 · WARN 1 …": one pressed button, with the count of each status. */
export function GroupStatusFilter({ value, counts, total, onChange }: { value: GroupStatus | null; counts: Map<string, number>; total: number; onChange: (s: GroupStatus | null) => void }) {
  return (
    <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-1">
      {[null, ...GROUP_STATUSES].map((s) => {
        const active = value === s;
        const n = s === null ? total : (counts.get(s) ?? 0);
        return (
          <button
            key={s ?? 'all'}
            type="button"
            aria-pressed={active}
            title={s ? GROUP_STATUS_HELP[s] : 'All groups'}
            onClick={() => onChange(s)}
            className={`rounded border px-2 py-0.5 ${
              active
                ? 'border-slate-800 bg-slate-800 text-white dark:border-slate-200 dark:bg-slate-200 dark:text-slate-900'
                : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800'
            }`}
          >
            {s ?? 'all'} <span className="tabular-nums opacity-80">{n}</span>
          </button>
        );
      })}
    </div>
  );
}
