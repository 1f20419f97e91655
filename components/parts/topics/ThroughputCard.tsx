'use client';

import { formatDuration, formatRate } from '@/lib/client/format';
import type { WithRange } from '@/lib/client/queries';
import type { RangeSel } from '@/lib/client/time-range';
import { RANGES } from '@/lib/client/url-state';
import type { TopicDetail } from '@/lib/views/topic-detail';
import { RangePicker } from '@/components/parts/RangePicker';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { ThroughputChart } from '@/components/parts/topics/ThroughputChart';
import { Card, EmptyState } from '@/components/parts/ui';

/**
 * Messages per second from end-offset deltas: now, average, peak and the last write. Per poll for
 * an hour or less in the recent past; averages over 5 minutes (or more) otherwise, and said so.
 */
export function ThroughputCard({ d, range, onRange }: { d: WithRange<TopicDetail>; range: RangeSel; onRange: (r: RangeSel) => void }) {
  const pts = d.throughput;
  const last = pts[pts.length - 1]?.messagesPerSecond;
  const peak = pts.reduce((m, p) => Math.max(m, p.messagesPerSecond), 0);
  const avg = pts.length > 0 ? pts.reduce((n, p) => n + p.messagesPerSecond, 0) / pts.length : 0;
  const step = d.throughputStepSeconds > 0 ? formatDuration(d.throughputStepSeconds * 1000) : null;
  return (
    <Card title="Throughput (messages/s)" actions={<RangePicker label="Throughput range" value={range} presets={RANGES.topic.presets} onChange={onRange} />} className="min-w-0">
      <div className="px-3 pt-2">
        <p className="flex flex-wrap gap-x-4 text-xs text-slate-600 dark:text-slate-300">
          <span>
            now <strong className="tabular-nums">{last === undefined ? '—' : formatRate(last)}</strong>
          </span>
          <span>
            avg <strong className="tabular-nums">{formatRate(avg)}</strong>
          </span>
          <span>
            peak <strong className="tabular-nums">{formatRate(peak)}</strong>
          </span>
          {step && <span data-testid="throughput-step">averages over {step}</span>}
          <span data-testid="last-write">
            {d.lastWriteAt ? (
              <>
                last write {d.lastWriteWithinSeconds !== null && <>within {formatDuration(d.lastWriteWithinSeconds * 1000)} before </>}
                <TimeAgo at={d.lastWriteAt} />
              </>
            ) : (
              <span className="text-amber-700 dark:text-amber-300">no writes in this range</span>
            )}
          </span>
        </p>
      </div>
      {pts.length === 0 ? (
        <EmptyState title="No samples in this range yet">
          End offsets are sampled every poll; a rate needs two samples. Ranges longer than an hour, or older than six hours, read 5-minute totals.
        </EmptyState>
      ) : (
        <div className="px-1 pb-2">
          <ThroughputChart points={pts} from={d.requested.from} to={d.requested.to} />
        </div>
      )}
    </Card>
  );
}
