'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { formatCount, formatDateTime } from '@/lib/client/format';
import type { AuditAction, AuditEntry } from '@/lib/model/auth';
import { DataTable } from '@/components/parts/DataTable';
import { Chip, EmptyState, mutedClass, type Tone } from '@/components/parts/ui';

const ACTION: Record<AuditAction, { label: string; tone: Tone }> = {
  login: { label: 'signed in', tone: 'ok' },
  'login-failed': { label: 'sign-in failed', tone: 'bad' },
  logout: { label: 'signed out', tone: 'neutral' },
  'test-alert': { label: 'test alert', tone: 'info' },
};

const col = createColumnHelper<AuditEntry>();

/** The detail as words: "reason: wrong password", "cluster: prod, receiver: oncall, ok: true". */
function detailText(d: AuditEntry['detail']): string {
  if (!d) return '';
  return Object.entries(d)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

const columns = [
  col.accessor('action', {
    header: 'Action',
    cell: (c) => <Chip tone={ACTION[c.getValue()]?.tone ?? 'neutral'}>{ACTION[c.getValue()]?.label ?? c.getValue()}</Chip>,
  }),
  col.accessor('at', { header: 'Time', cell: (c) => <time dateTime={c.getValue()}>{formatDateTime(c.getValue())}</time>, meta: { className: 'whitespace-nowrap tabular-nums' } }),
  col.accessor('user', { header: 'User', meta: { rowHeader: true, className: 'font-medium' } }),
  col.accessor('method', { header: 'Via', cell: (c) => c.getValue() ?? '—' }),
  col.accessor('ip', { header: 'Address', cell: (c) => c.getValue() ?? '—', meta: { className: 'tabular-nums' } }),
  col.accessor('detail', { header: 'Detail', cell: (c) => <span className="text-xs">{detailText(c.getValue())}</span> }),
];

export function AuditTable({ entries, total, page, pageSize, onPage }: { entries: AuditEntry[]; total: number; page: number; pageSize: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <DataTable
        data={entries}
        columns={columns}
        label="Audit log, newest first"
        getRowId={(e) => e.id}
        rowProps={(e) => ({ 'data-audit-action': e.action, 'data-audit-user': e.user })}
        empty={<EmptyState title={page > 1 ? 'No entries on this page' : 'Nothing recorded yet'}>Sign-ins, failed sign-ins, sign-outs and test alerts appear here.</EmptyState>}
      />
      <nav aria-label="Audit log pages" className={`flex flex-wrap items-center gap-3 border-t border-slate-100 px-3 py-2 text-xs dark:border-slate-800 ${mutedClass}`}>
        <span className="tabular-nums">{total === 0 ? 'no entries' : `${formatCount(Math.min(first, total))}–${formatCount(Math.min(first + entries.length - 1, total))} of ${formatCount(total)}`}</span>
        <button type="button" className="rounded px-1.5 py-0.5 text-sky-700 hover:underline disabled:text-slate-400 disabled:no-underline dark:text-sky-400 dark:disabled:text-slate-600" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          ← Newer
        </button>
        <span className="tabular-nums">
          page {page} of {pages}
        </span>
        <button type="button" className="rounded px-1.5 py-0.5 text-sky-700 hover:underline disabled:text-slate-400 disabled:no-underline dark:text-sky-400 dark:disabled:text-slate-600" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Older →
        </button>
      </nav>
    </>
  );
}
