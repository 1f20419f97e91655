'use client';

import type { AdminClusterAlerting } from '@/lib/views/admin';
import { Card, Chip, EmptyState, mutedClass, tdClass, thClass, rowClass } from '@/components/parts/ui';
import { ReceiverTest } from './ReceiverTest';

/** One cluster's receivers (by name and kind: their addresses hold secrets) and alert rules. */
export function ClusterAlerting({ c, onSent }: { c: AdminClusterAlerting; onSent: () => void }) {
  return (
    <Card title={`Alerting · ${c.name}`} id={`alerting-${c.id}`}>
      <div className="space-y-3 px-3 py-2 text-sm">
        {c.receivers.length === 0 ? (
          <EmptyState title="No receiver">Alerts of this cluster are recorded but sent nowhere (docs/alerts.md says how to add one).</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Receivers of {c.name}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Receiver</th>
                  <th scope="col" className={thClass}>Kind</th>
                  <th scope="col" className={`${thClass} text-right`}>Timeout</th>
                  <th scope="col" className={thClass}>Test</th>
                </tr>
              </thead>
              <tbody>
                {c.receivers.map((r) => (
                  <tr key={r.name} data-receiver={r.name} className={rowClass}>
                    <th scope="row" className={`${tdClass} text-left font-medium`}>{r.name}</th>
                    <td className={tdClass}>
                      <Chip>{r.kind}</Chip>
                    </td>
                    <td className={`${tdClass} text-right tabular-nums`}>{r.timeoutMs / 1000} s</td>
                    <td className={tdClass}>
                      <ReceiverTest cluster={c.id} receiver={r.name} onSent={onSent} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className={`text-xs ${mutedClass}`}>
          At most {c.rateLimitPerMinute} notifications a minute per receiver; consumer groups alert when {c.groupStatuses.join(' or ')}.
        </p>
        <ul className="grid gap-x-4 gap-y-0.5 text-xs sm:grid-cols-2" aria-label={`Alert rules of ${c.name}`}>
          {c.rules.map((r) => (
            <li key={r.rule} data-rule={r.rule} className={r.enabled ? '' : 'line-through opacity-60'}>
              <span className="font-medium">{r.label}</span>{' '}
              <span className={mutedClass}>
                ({r.severity}; fires after {r.forSeconds} s, resolves {r.keepFiringForSeconds} s after it clears{r.enabled ? '' : '; off'})
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
