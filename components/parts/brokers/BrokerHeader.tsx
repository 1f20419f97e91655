import { formatBytes, formatPercent } from '@/lib/client/format';
import type { BrokerDetail } from '@/lib/views/broker-detail';
import { StatusBadge } from '@/components/parts/StatusBadge';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Chip } from '@/components/parts/ui';

function disk(d: BrokerDetail): string | null {
  if (d.logBytes === null && d.diskTotalBytes === null) return null;
  const total = d.diskTotalBytes === null ? null : Number(d.diskTotalBytes);
  const full = total !== null && total > 0 && d.diskUsableBytes !== null ? ` · volumes ${formatPercent((total - Number(d.diskUsableBytes)) / total)} full (${formatBytes(d.diskUsableBytes)} free of ${formatBytes(d.diskTotalBytes)})` : '';
  return `logs ${formatBytes(d.logBytes)}${full}`;
}

/** Id, state, controller, address, rack, since when, and its disk. */
export function BrokerHeader({ d }: { d: BrokerDetail }) {
  const onDisk = disk(d);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <h1 className="text-lg font-semibold">Broker {d.id}</h1>
      <StatusBadge status={d.up ? 'up' : 'down'} />
      {d.isController && <Chip tone="info">active controller</Chip>}
      <span className="text-sm text-slate-600 dark:text-slate-300">
        <span className="font-mono text-xs">
          {d.host}:{d.port}
        </span>
        {' · '}rack {d.rack ?? 'none'} · {d.up ? 'up' : 'down'} since <TimeAgo at={d.since} />
        {!d.up && (
          <>
            {' '}· last seen <TimeAgo at={d.lastSeenAt} />
          </>
        )}
        {onDisk && <span data-testid="broker-disk"> · {onDisk}</span>}
      </span>
    </div>
  );
}
