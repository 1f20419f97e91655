// Small shared building blocks so every page has the same density and colours.
import Link from 'next/link';
import { useId, type ReactNode } from 'react';

export const linkClass = 'text-sky-700 hover:underline dark:text-sky-400';
export const cardClass = 'rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900';
export const thClass =
  'sticky top-0 z-10 whitespace-nowrap bg-slate-50 px-2 py-1.5 text-left text-xs font-medium text-slate-500 dark:bg-slate-900 dark:text-slate-400';
export const tdClass = 'px-2 py-1 align-top';
export const rowClass = 'border-t border-slate-100 hover:bg-slate-50 dark:border-slate-800/70 dark:hover:bg-slate-800/40';
export const inputClass =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-400 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';
/** Segmented buttons (a range or unit picker): one segment, the pressed one, the others. */
export const segClass = 'px-2 py-0.5 text-xs first:rounded-l last:rounded-r border border-slate-300 dark:border-slate-700 -ml-px first:ml-0';
export const segOnClass = 'bg-slate-800 text-white border-slate-800 dark:bg-slate-200 dark:text-slate-900 dark:border-slate-200 relative z-10';
export const segOffClass = 'bg-white text-slate-700 hover:bg-slate-100 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800';
export const mutedClass = 'text-slate-500 dark:text-slate-400';
export const buttonClass =
  'inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800';

export function Card({ title, actions, children, className = '', id }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; id?: string }) {
  const autoId = useId();
  const headingId = id ? `${id}-heading` : autoId;
  return (
    <section className={`min-w-0 ${cardClass} ${className}`} aria-labelledby={title ? headingId : undefined} id={id}>
      {(title || actions) && (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
          {title && (
            <h2 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
              {title}
            </h2>
          )}
          {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

export type { Tone } from '@/lib/client/tone';
import type { Tone } from '@/lib/client/tone';

const TONES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  info: 'bg-sky-100 text-sky-800 dark:bg-sky-900/50 dark:text-sky-200',
  ok: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  bad: 'bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200',
};

export function Chip({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center whitespace-nowrap rounded px-1.5 py-px text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export function Skeleton({ className = '' }: { className?: string }) {
  return <span aria-hidden className={`block animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

export function TableSkeleton({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-2 p-3">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={`h-4 ${i % 3 === 0 ? 'w-3/4' : i % 3 === 1 ? 'w-full' : 'w-5/6'}`} />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}

/** What is empty, and what to do about it. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="px-3 py-6 text-center text-sm text-slate-500 dark:text-slate-400">
      <p className="font-medium text-slate-700 dark:text-slate-200">{title}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}

/** Why part of the figures is not current (a failed read, e.g. a permission the principal lacks), above what it concerns. */
export function ReadProblem({ children }: { children: ReactNode }) {
  return (
    <p role="note" data-testid="read-problem" className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      {children}
    </p>
  );
}

export function Breadcrumbs({ items }: { items: { label: ReactNode; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-xs text-slate-500 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((it, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden>/</span>}
            {it.href ? (
              <Link href={it.href} className={linkClass}>
                {it.label}
              </Link>
            ) : (
              <span aria-current="page">{it.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Right-aligned count that fades when zero and turns to `tone` otherwise. */
export function Count({ n, tone = 'bad', title }: { n: number; tone?: 'bad' | 'warn'; title?: string }) {
  if (n === 0) return <span className="text-slate-500 dark:text-slate-400" title={title}>0</span>;
  return (
    <span title={title} className={`font-semibold ${tone === 'bad' ? 'text-red-700 dark:text-red-400' : 'text-amber-700 dark:text-amber-300'}`}>
      {n}
    </span>
  );
}
