'use client';

import Link from 'next/link';
import { useState } from 'react';
import { paths } from '@/lib/client/paths';
import { useWhatIf } from '@/lib/client/queries';
import type { WhatIfView } from '@/lib/views/what-if';
import { QueryState } from '@/components/parts/QueryState';
import { Card, Chip, linkClass, mutedClass, segClass, segOffClass, segOnClass } from '@/components/parts/ui';

const MAX_LISTED = 30;

function Partitions({ cluster, ps, label }: { cluster: string; ps: { topic: string; partition: number }[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-2 gap-y-0.5 text-xs">
      {ps.slice(0, MAX_LISTED).map((p) => (
        <li key={`${p.topic}-${p.partition}`}>
          <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={linkClass}>
            {p.topic}-{p.partition}
          </Link>
        </li>
      ))}
      {ps.length > MAX_LISTED && <li className={mutedClass}>and {ps.length - MAX_LISTED} more</li>}
    </ul>
  );
}

/** What losing these brokers now would do: partitions offline (and whether an eligible leader could recover them), writes failing, groups hit. */
export function WhatIfResult({ cluster, d }: { cluster: string; d: WhatIfView }) {
  const who = 'rack' in d.scenario ? `rack ${d.scenario.rack} (brokers ${d.scenario.brokers.join(', ')})` : `broker${d.failing.length === 1 ? '' : 's'} ${d.failing.join(', ')}`;
  const unrecoverable = d.offline.filter((p) => p.recoverable !== true);
  return (
    <div className="space-y-2 px-3 py-2 text-sm" data-testid="what-if">
      {d.offline.length === 0 && d.underMinIsr.length === 0 ? (
        <p>
          <Chip tone="ok">safe</Chip> Losing {who} now would take no partition offline and leave every partition writable with acks=all ({d.degraded} would run with fewer in-sync replicas).
        </p>
      ) : (
        <p>
          Losing {who} now would take{' '}
          <strong className={d.offline.length > 0 ? 'text-red-700 dark:text-red-400' : ''} data-what-if="offline">
            {d.offline.length} partition{d.offline.length === 1 ? '' : 's'} offline
          </strong>{' '}
          and leave{' '}
          <strong className={d.underMinIsr.length > 0 ? 'text-red-700 dark:text-red-400' : ''} data-what-if="under-min-isr">
            {d.underMinIsr.length} under min ISR
          </strong>{' '}
          (acks=all writes fail); {d.degraded} more would lose a replica, {d.unaffected} of {d.partitions} would not notice.
        </p>
      )}
      {d.offline.length > 0 && (
        <div>
          <p className="text-xs font-medium">
            Offline{unrecoverable.length < d.offline.length ? ` (${d.offline.length - unrecoverable.length} with an eligible leader replica left: recoverable without data loss)` : ''}:
          </p>
          <Partitions cluster={cluster} ps={d.offline} label="Partitions that would go offline" />
        </div>
      )}
      {d.underMinIsr.length > 0 && (
        <div>
          <p className="text-xs font-medium">Under min ISR:</p>
          <Partitions cluster={cluster} ps={d.underMinIsr} label="Partitions that would go under min ISR" />
        </div>
      )}
      {d.groups.length > 0 && (
        <p className="text-xs">
          Consumer groups reading them:{' '}
          {d.groups.map((g, i) => (
            <span key={g}>
              {i > 0 && ', '}
              <Link prefetch={false} href={paths.group(cluster, g)} className={linkClass}>
                {g}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** "If broker 3 failed now": the what-if for one broker, on its page. */
export function WhatIfCard({ cluster, brokerId }: { cluster: string; brokerId: number }) {
  const q = useWhatIf(cluster, [brokerId]);
  return (
    <Card title={`If broker ${brokerId} failed now`}>
      <QueryState query={q} what="the what-if">
        {(d) => <WhatIfResult cluster={cluster} d={d} />}
      </QueryState>
    </Card>
  );
}

/** Pick brokers (or a whole rack) and see what losing them together would do now. */
export function WhatIfPicker({ cluster, brokers }: { cluster: string; brokers: { id: number; rack: string | null }[] }) {
  const [picked, setPicked] = useState<number[]>([]);
  const q = useWhatIf(cluster, picked);
  const racks = [...new Set(brokers.flatMap((b) => (b.rack ? [b.rack] : [])))].sort();
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].sort((a, b) => a - b)));
  return (
    <Card title="What if they failed now?">
      <div className="flex flex-wrap items-center gap-2 px-3 py-2 text-xs">
        <span className={mutedClass}>Brokers:</span>
        {brokers.map((b) => (
          <button key={b.id} type="button" aria-pressed={picked.includes(b.id)} className={`${segClass} ml-0 rounded ${picked.includes(b.id) ? segOnClass : segOffClass}`} onClick={() => toggle(b.id)}>
            {b.id}
          </button>
        ))}
        {racks.length > 0 && <span className={mutedClass}>Racks:</span>}
        {racks.map((r) => {
          const ids = brokers.filter((b) => b.rack === r).map((b) => b.id);
          const on = ids.length === picked.length && ids.every((id) => picked.includes(id));
          return (
            <button key={r} type="button" aria-pressed={on} className={`${segClass} ml-0 rounded ${on ? segOnClass : segOffClass}`} onClick={() => setPicked(on ? [] : ids)}>
              {r}
            </button>
          );
        })}
      </div>
      {picked.length === 0 ? (
        <p className={`px-3 pb-2 text-xs ${mutedClass}`}>Choose brokers or a rack to see which partitions would go offline or stop taking acks=all writes, and which groups would be hit.</p>
      ) : (
        <QueryState query={q} what="the what-if">
          {(d) => <WhatIfResult cluster={cluster} d={d} />}
        </QueryState>
      )}
    </Card>
  );
}
