'use client';

import { useGroupLag } from '@/lib/client/queries';
import { LAG_UNITS, RANGES, useLagUnit, useRange } from '@/lib/client/url-state';
import { LagChart } from '@/components/parts/groups/LagChart';
import { QueryState } from '@/components/parts/QueryState';
import { RangePicker } from '@/components/parts/RangePicker';
import { Card, EmptyState, segClass, segOffClass, segOnClass } from '@/components/parts/ui';

/** A group's lag over time, in messages or seconds, over a range kept in the URL. */
export function LagCard({ cluster, groupId }: { cluster: string; groupId: string }) {
  const [range, setRange] = useRange(RANGES.group);
  const [{ unit }, setUnit] = useLagUnit();
  const q = useGroupLag(cluster, groupId, range);
  return (
    <Card
      title="Lag over time"
      actions={
        <>
          <div role="group" aria-label="Lag unit" className="inline-flex">
            {LAG_UNITS.map((u) => (
              <button key={u} type="button" aria-pressed={unit === u} className={`${segClass} ${unit === u ? segOnClass : segOffClass}`} onClick={() => void setUnit({ unit: u })}>
                {u}
              </button>
            ))}
          </div>
          <RangePicker label="Lag range" value={range} presets={RANGES.group.presets} allowCustom onChange={setRange} />
        </>
      }
    >
      <div className="p-3">
        <QueryState query={q} what="the lag history">
          {(s) =>
            s.total.length === 0 ? (
              <EmptyState title="No lag samples in this range">Lag is recorded on every poll once the group has committed offsets.</EmptyState>
            ) : (
              <>
                <LagChart series={s} unit={unit} />
                <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                  {s.stepSeconds === 0 ? 'Every poll' : `Maximum per ${s.stepSeconds >= 3600 ? `${s.stepSeconds / 3600} h` : `${s.stepSeconds} s`}`}
                  {s.source === 'hourly-rollups' ? ' (hourly rollups)' : ''} · {s.total.length} points
                  {s.topics.length > 8 ? ` · showing 8 of ${s.topics.length} topics` : ''}
                </p>
                {unit === 'seconds' && s.total.some((p) => p.lagSecondsAtLeast) && (
                  <p className="mt-1 text-xs text-amber-700 dark:text-amber-400" data-testid="lag-lower-bounds">
                    {s.total.filter((p) => p.lagSecondsAtLeast).length} of {s.total.length} points are lower bounds (≥ in the tooltip): a partition
                    was further behind than the end offsets kept reach, with no writes among them to date it by, so it may be much further behind.
                  </p>
                )}
              </>
            )
          }
        </QueryState>
      </div>
    </Card>
  );
}
