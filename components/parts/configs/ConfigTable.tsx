'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { useConfigs } from '@/lib/client/queries';
import type { ConfigView } from '@/lib/views/configs';
import { DataTable } from '@/components/parts/DataTable';
import { QueryState } from '@/components/parts/QueryState';
import { Chip, EmptyState, ReadProblem, inputClass, mutedClass } from '@/components/parts/ui';

type Entry = ConfigView['entries'][number];
const col = createColumnHelper<Entry>();

/** Kafka's config sources, as kafka-configs names them, in words. */
const SOURCE: Record<string, string> = {
  DYNAMIC_TOPIC_CONFIG: 'set on the topic',
  DYNAMIC_BROKER_CONFIG: 'set on this broker (dynamic)',
  DYNAMIC_DEFAULT_BROKER_CONFIG: 'cluster-wide default (dynamic)',
  DYNAMIC_BROKER_LOGGER_CONFIG: 'broker logger (dynamic)',
  STATIC_BROKER_CONFIG: 'server.properties',
  DEFAULT_CONFIG: 'Kafka default',
};

function columns(cluster: string) {
  return [
    col.accessor('name', { header: 'Name', meta: { rowHeader: true, className: 'font-mono text-xs [overflow-wrap:anywhere]' } }),
    col.accessor((e) => e.value ?? '', {
      id: 'value',
      header: 'Value',
      meta: { className: 'font-mono text-xs [overflow-wrap:anywhere]' },
      cell: ({ row: { original: e } }) => (
        <span className="inline-flex flex-wrap items-center gap-1">
          {e.sensitive ? <span className={mutedClass}>(sensitive, not shown)</span> : e.value === null ? <span className={mutedClass}>(not set)</span> : e.value}
          {e.findings.map((id) => (
            <Link key={id} prefetch={false} href={paths.findings(cluster, { rule: id.split('|')[0] })} title="A finding is about this value">
              <Chip tone="warn">risk</Chip>
            </Link>
          ))}
        </span>
      ),
    }),
    col.accessor('source', { header: 'Source', meta: { className: 'text-xs whitespace-nowrap' }, cell: ({ getValue }) => <span title={getValue()}>{SOURCE[getValue()] ?? getValue()}</span> }),
  ];
}

/** Every config of a topic or broker, as kafka-configs --describe --all lists them; searchable, risky values marked. */
export function ConfigTable({ cluster, of, what }: { cluster: string; of: { topic: string } | { broker: number }; what: string }) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [onlySet, setOnlySet] = useState(false);
  const q = useConfigs(cluster, of, open);
  return (
    <details className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="all-configs">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">All configs of {what}</summary>
      {open && (
        <QueryState query={q} what={`the configs of ${what}`}>
          {(d) =>
            d.readAt === null ? (
              <EmptyState title="Not read yet">
                {d.readProblem ? <span data-testid="read-problem">Kafkascope could not read them: {d.readProblem}.</span> : 'Configs are read every few minutes; they appear after the next read.'}
              </EmptyState>
            ) : (
              <>
                {d.readProblem && <ReadProblem>The last read of configs failed: {d.readProblem}. Shown: the values read {formatDateTime(d.readAt)}.</ReadProblem>}
                <div className="flex flex-wrap items-center gap-3 px-3 pb-2 text-xs">
                  <input type="search" aria-label="Filter configs" placeholder="Filter by name or value" className={inputClass} value={filter} onChange={(e) => setFilter(e.target.value)} />
                  <label className="inline-flex items-center gap-1">
                    <input type="checkbox" checked={onlySet} onChange={(e) => setOnlySet(e.target.checked)} /> only values set away from Kafka&apos;s defaults
                  </label>
                  <span className={mutedClass}>read {formatDateTime(d.readAt)}</span>
                </div>
                <DataTable
                  data={d.entries.filter((e) => (!onlySet || e.source !== 'DEFAULT_CONFIG') && (filter === '' || e.name.includes(filter) || (e.value ?? '').includes(filter)))}
                  columns={columns(cluster)}
                  label={`Configs of ${what}`}
                  getRowId={(e) => e.name}
                  rowProps={(e) => ({ 'data-config': e.name })}
                  initialSort={[{ id: 'name', desc: false }]}
                  className="max-h-[60vh]"
                  empty={<EmptyState title="No config matches" />}
                />
              </>
            )
          }
        </QueryState>
      )}
    </details>
  );
}
