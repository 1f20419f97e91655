import Link from 'next/link';
import { Skeleton } from '@/components/parts/ui';

/** One figure of the overview, red when broken, amber when at risk, linking to the list behind it. */
export function Stat({ label, value, warn, risk, href, hint }: { label: string; value: number | string; warn?: boolean; risk?: boolean; href?: string; hint?: string }) {
  const body = (
    <>
      <div className="text-xs text-slate-500 dark:text-slate-400">{label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${warn ? 'text-red-700 dark:text-red-400' : risk ? 'text-amber-700 dark:text-amber-300' : ''}`} data-stat={label}>
        {value}
      </div>
    </>
  );
  const base = `block rounded-lg border px-3 py-2 ${
    warn
      ? 'border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40'
      : risk
        ? 'border-amber-300 bg-amber-50 dark:border-amber-900 dark:bg-amber-950/30'
        : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'
  }`;
  if (!href) return <div className={base}>{body}</div>;
  return (
    <Link href={href} title={hint} className={`${base} hover:border-sky-400 dark:hover:border-sky-600`}>
      {body}
    </Link>
  );
}

export function StatsSkeleton() {
  return (
    <div role="status" aria-label="Loading cluster figures" className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="mt-2 h-6 w-10" />
        </div>
      ))}
    </div>
  );
}
