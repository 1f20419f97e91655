'use client';

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatClock, formatDateTime, formatRate } from '@/lib/client/format';
import type { TopicDetail } from '@/lib/views/topic-detail';

type RatePoint = TopicDetail['throughput'][number];

/** Messages/s across all partitions, per poll or per step; the x axis spans the whole requested range. */
export function ThroughputChart({ points, from, to }: { points: RatePoint[]; from: string; to: string }) {
  const t0 = Date.parse(from);
  const t1 = Date.parse(to);
  const multiDay = t1 - t0 > 20 * 3600_000;
  const data = points.map((p) => ({ t: Date.parse(p.at), v: p.messagesPerSecond }));
  const ticks = Array.from({ length: 7 }, (_, i) => t0 + ((t1 - t0) * i) / 6);
  return (
    <div className="chart h-44 w-full" role="img" aria-label={`Messages per second from ${formatDateTime(from)} to ${formatDateTime(to)}, ${points.length} points`}>
      <AreaChart responsive style={{ width: '100%', height: '100%' }} data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[t0, t1]}
          allowDataOverflow
          ticks={ticks}
          tickFormatter={(t: number) => formatClock(t, multiDay)}
          minTickGap={24}
        />
        <YAxis width={48} allowDecimals={false} domain={[0, (max: number) => Math.max(1, Math.ceil(max))]} tickFormatter={(v: number) => formatRate(v)} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload, label }) => {
            const v = payload?.[0]?.value;
            if (!active || typeof v !== 'number' || typeof label !== 'number') return null;
            return (
              <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900">
                <div className="text-slate-500 dark:text-slate-400">{formatDateTime(label)}</div>
                <div className="font-semibold tabular-nums">{formatRate(v)} msg/s</div>
              </div>
            );
          }}
        />
        <Area type="linear" dataKey="v" name="messages/s" isAnimationActive={false} dot={false} strokeWidth={1.5} />
      </AreaChart>
    </div>
  );
}
