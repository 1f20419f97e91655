'use client';

import Link from 'next/link';
import { formatCount } from '@/lib/client/format';
import { PAGE_SIZES, type PageSize } from '@/lib/model/paging';
import { EmptyState, inputClass, linkClass } from '@/components/parts/ui';

const off = 'px-1.5 py-0.5 text-slate-500 dark:text-slate-400';

/** "51–100 of 1,234 topics", previous / next links and the page size. */
export function Pager({
  noun,
  page,
  pageSize,
  shown,
  total,
  hrefFor,
  onPageSize,
}: {
  /** What is listed, plural: "topics", "groups". */
  noun: string;
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  hrefFor: (page: number) => string;
  onPageSize: (n: PageSize) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <span data-testid={`${noun}-range`} className="tabular-nums">
        {formatCount(first)}–{formatCount(first + shown - 1)} of {formatCount(total)} {noun}
      </span>
      <nav aria-label="Pages" className="flex items-center gap-1">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={`${linkClass} rounded px-1.5 py-0.5`} rel="prev">
            ← Previous
          </Link>
        ) : (
          <span className={off}>← Previous</span>
        )}
        <span className="tabular-nums">
          page {page} of {pages}
        </span>
        {page < pages ? (
          <Link href={hrefFor(page + 1)} className={`${linkClass} rounded px-1.5 py-0.5`} rel="next">
            Next →
          </Link>
        ) : (
          <span className={off}>Next →</span>
        )}
      </nav>
      <span className="ml-auto flex items-center gap-1">
        <label htmlFor={`${noun}-page-size`}>Per page</label>
        <select id={`${noun}-page-size`} value={pageSize} onChange={(e) => {
            const n = PAGE_SIZES.find((s) => s === Number(e.target.value));
            if (n) onPageSize(n);
          }} className={`${inputClass} py-0 text-xs`}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}

/** What a page past the last one shows (a link kept from when the list was longer). */
export function PastTheEnd({ page, total, pageSize, hrefFor }: { page: number; total: number; pageSize: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <EmptyState title={`Page ${page} is past the end (${pages} page${pages === 1 ? '' : 's'})`}>
      <Link href={hrefFor(pages)} className={linkClass}>
        Go to the last page
      </Link>
    </EmptyState>
  );
}
