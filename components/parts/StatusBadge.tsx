const STYLES: Record<string, string> = {
  ok: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200',
  up: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200',
  degraded: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200',
  pending: 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  unreachable: 'bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200',
  down: 'bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200',
  stale: 'bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status] ?? STYLES.pending}`}
    >
      {label ?? status}
    </span>
  );
}
