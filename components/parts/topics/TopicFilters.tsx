'use client';

import Link from 'next/link';
import type { TopicStatus } from '@/lib/client/paths';
import { SearchBox } from '@/components/parts/SearchBox';
import { linkClass } from '@/components/parts/ui';

export const TOPIC_STATUS_CHOICES: { value: TopicStatus | null; label: string }[] = [
  { value: null, label: 'All' },
  { value: 'offline', label: 'Offline' },
  { value: 'under-min-isr', label: 'Under min ISR' },
  { value: 'under-replicated', label: 'Under-replicated' },
  { value: 'rf1', label: 'RF = 1' },
];

/** Name search, status links (real links: they can be opened in a new tab), internal topics. */
export function TopicFilters({
  q,
  status,
  internal,
  statusHref,
  clearHref,
  onSearch,
  onInternal,
}: {
  q: string;
  status: TopicStatus | null;
  internal: boolean;
  statusHref: (status: TopicStatus | null) => string;
  /** Where "Clear filters" leads; null when nothing is filtered. */
  clearHref: string | null;
  onSearch: (q: string) => void;
  onInternal: (shown: boolean) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
      <SearchBox what="topics" value={q} onCommit={onSearch} />
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
        {TOPIC_STATUS_CHOICES.map((s) => {
          const active = status === s.value;
          return (
            <Link
              key={s.label}
              href={statusHref(s.value)}
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
        <input type="checkbox" checked={internal} onChange={(e) => onInternal(e.target.checked)} className="accent-sky-600" />
        Show internal topics
      </label>
      {clearHref && (
        <Link href={clearHref} className={`${linkClass} text-xs`}>
          Clear filters
        </Link>
      )}
    </div>
  );
}
