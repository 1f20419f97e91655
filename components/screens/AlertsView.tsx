'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDateTime, formatDuration } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { useAlerts } from '@/lib/client/queries';
import { RANGES, useRange } from '@/lib/client/url-state';
import type { AlertRow, DeliveryRow } from '@/lib/views/alerts';
import { QueryState } from '@/components/parts/QueryState';
import { RangePicker } from '@/components/parts/RangePicker';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Card, Chip, EmptyState, linkClass, mutedClass, type Tone } from '@/components/parts/ui';

const STATE_TONE: Record<string, Tone> = { firing: 'bad', pending: 'warn', resolved: 'ok' };
const DELIVERY_TONE: Record<string, Tone> = { sent: 'ok', pending: 'warn', failed: 'bad', skipped: 'neutral' };

/** What fires now and what fired, with every notification each alert owed and every attempt to deliver it. */
export function AlertsView({ cluster }: { cluster: string }) {
  const [range, setRange] = useRange(RANGES.alerts);
  const q = useAlerts(cluster, range);
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Alerts</h1>
      <QueryState query={q} what="alerts">
        {(d) => (
          <>
            <Card title={`Firing now${d.active.length > 0 ? ` (${d.active.length})` : ''}`}>
              {d.active.length === 0 ? (
                <EmptyState title="Nothing is firing">Broker outages, offline partitions, partitions under min ISR, failing consumer groups and new critical findings fire alerts here.</EmptyState>
              ) : (
                <AlertList cluster={cluster} alerts={d.active} label="Active alerts" />
              )}
            </Card>
            <Card title="History" actions={<RangePicker label="Alert range" value={range} presets={RANGES.alerts.presets} allowCustom onChange={setRange} />}>
              {d.truncated && <p className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200">Only the newest 200 resolved alerts of this range are shown.</p>}
              {d.history.length === 0 ? <EmptyState title="No alert resolved in this range" /> : <AlertList cluster={cluster} alerts={d.history} label="Resolved alerts" />}
            </Card>
            <Card title="Receivers and rules">
              <div className="space-y-2 px-3 py-2 text-sm">
                <p>
                  {d.receivers.length === 0 ? (
                    <span className={mutedClass}>No receiver is configured: alerts are recorded here but sent nowhere (docs/alerts.md says how to add one).</span>
                  ) : (
                    <>Notifications go to {d.receivers.map((r) => `${r.name} (${r.kind})`).join(', ')}.</>
                  )}
                </p>
                <ul className="grid gap-x-4 gap-y-0.5 text-xs sm:grid-cols-2" aria-label="Alert rules">
                  {d.rules.map((r) => (
                    <li key={r.rule} data-rule={r.rule} className={r.enabled ? '' : 'line-through opacity-60'}>
                      <span className="font-medium">{r.label}</span> <span className={mutedClass}>({r.severity}; fires after {r.forSeconds} s, resolves {r.keepFiringForSeconds} s after it clears{r.enabled ? '' : '; off'})</span>
                    </li>
                  ))}
                </ul>
              </div>
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}

function AlertList({ cluster, alerts, label }: { cluster: string; alerts: AlertRow[]; label: string }) {
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" aria-label={label}>
      {alerts.map((a) => (
        <AlertItem key={a.id} cluster={cluster} a={a} />
      ))}
    </ol>
  );
}

function AlertItem({ cluster, a }: { cluster: string; a: AlertRow }) {
  const [open, setOpen] = useState(false);
  const failing = a.deliveries.filter((d) => d.status !== 'sent' && d.status !== 'skipped').length;
  const start = a.firedAt ?? a.activeSince;
  return (
    <li data-alert-fingerprint={a.fingerprint} data-alert-state={a.state} className="px-3 py-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
        <Chip tone={STATE_TONE[a.state] ?? 'neutral'}>{a.state}</Chip>
        <Chip tone={a.severity === 'critical' ? 'bad' : 'warn'}>{a.severity}</Chip>
        <span className="font-semibold">{a.summary}</span>
        <span className={`ml-auto text-xs tabular-nums ${mutedClass}`}>
          {a.state === 'pending' ? 'pending since ' : 'fired '}
          <time dateTime={start}>{formatDateTime(start)}</time>
          {a.resolvedAt ? (
            <>
              {' '}
              · resolved <time dateTime={a.resolvedAt}>{formatDateTime(a.resolvedAt)}</time> · {formatDuration(Date.parse(a.resolvedAt) - Date.parse(start))}
            </>
          ) : (
            <>
              {' '}
              · <TimeAgo at={start} />
            </>
          )}
        </span>
      </div>
      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300">{a.description}</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 text-xs">
        <span className={mutedClass}>{a.ruleLabel}</span>
        {a.incident && (
          <Link prefetch={false} className={linkClass} href={paths.incident(cluster, a.incident.id)}>
            Incident: {a.incident.title}
          </Link>
        )}
        <button type="button" className={linkClass} aria-expanded={open} onClick={() => setOpen(!open)}>
          {a.deliveries.length === 0 ? 'No notifications' : `${a.deliveries.length} notification${a.deliveries.length === 1 ? '' : 's'}`}
          {failing > 0 ? ` (${failing} not delivered)` : ''}
        </button>
      </div>
      {open && a.deliveries.length > 0 && (
        <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700" aria-label={`Notifications for ${a.summary}`}>
          {a.deliveries.map((d) => (
            <Delivery key={d.id} d={d} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Delivery({ d }: { d: DeliveryRow }) {
  return (
    <li data-delivery-receiver={d.receiver} data-delivery-kind={d.kind} data-delivery-status={d.status} className="text-xs">
      <div className="flex flex-wrap items-center gap-x-2">
        <span className="font-medium">
          {d.kind} → {d.receiver}
        </span>
        <Chip tone={DELIVERY_TONE[d.status] ?? 'neutral'}>{d.status}</Chip>
        <span className={mutedClass}>
          {d.attempts} attempt{d.attempts === 1 ? '' : 's'}
          {d.sentAt ? `, delivered ${formatDateTime(d.sentAt)}` : ''}
          {d.nextAttemptAt ? `, next try ${formatDateTime(d.nextAttemptAt)}` : ''}
        </span>
      </div>
      {d.lastError && d.status !== 'sent' && <p className="text-red-700 dark:text-red-400">{d.lastError}</p>}
      {d.attemptLog.length > 0 && (
        <ol className="mt-0.5 tabular-nums" aria-label={`Attempts to ${d.receiver}`}>
          {d.attemptLog.map((t) => (
            <li key={t.at} data-attempt={t.ok ? 'ok' : 'failed'} className={t.ok ? '' : 'text-red-700 dark:text-red-400'}>
              <time dateTime={t.at}>{formatDateTime(t.at)}</time> · {t.statusCode !== null ? `HTTP ${t.statusCode}` : 'no answer'} · {t.durationMs} ms{t.error && !t.ok ? ` · ${t.error}` : ''}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
