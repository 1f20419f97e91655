import { formatBig, formatBytes } from '@/lib/client/format';
import type { TopicDetail } from '@/lib/views/topic-detail';
import { Chip } from '@/components/parts/ui';

/** Name, partitions, RF, problem counts, size and messages retained. */
export function TopicHeader({ d }: { d: TopicDetail }) {
  const offline = d.partitions.filter((p) => p.offline).length;
  const underMin = d.partitions.filter((p) => p.underMinIsr).length;
  const urp = d.partitions.filter((p) => p.underReplicated).length;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <h1 className="[overflow-wrap:anywhere] text-lg font-semibold">{d.name}</h1>
      <span className="flex flex-wrap items-center gap-1.5">
        {d.internal && <Chip>internal</Chip>}
        <Chip>
          {d.partitions.length} partition{d.partitions.length === 1 ? '' : 's'}
        </Chip>
        {d.replicationFactor === 1 ? (
          <Chip tone="bad" title="A single broker failure makes this topic unavailable">
            RF 1 · single point of failure
          </Chip>
        ) : (
          <Chip>RF {d.replicationFactor}</Chip>
        )}
        {offline > 0 && <Chip tone="bad">{offline} offline</Chip>}
        {underMin > 0 && <Chip tone="bad">{underMin} under min ISR</Chip>}
        {urp > 0 && <Chip tone="warn">{urp} under-replicated</Chip>}
        {offline + underMin + urp === 0 && <Chip tone="ok">all partitions healthy</Chip>}
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-300" data-testid="topic-size">
        {d.sizeBytes !== null ? `${formatBytes(d.sizeBytes)} on disk (leader replicas)` : 'size not read yet'} ·{' '}
        {d.messages !== null ? `${formatBig(d.messages)} messages retained` : 'message count not read yet'}
      </span>
    </div>
  );
}
