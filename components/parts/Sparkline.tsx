'use client';

import { Line, LineChart, YAxis } from 'recharts';
import { formatCount } from '@/lib/client/format';

/** A tiny line of total lag over the last 30 minutes; decorative, the figures are in the row. */
export function Sparkline({ points, label }: { points: { at: string; lag: number }[]; label: string }) {
  if (points.length < 2) return <span className="text-xs text-slate-500 dark:text-slate-400">—</span>;
  const data = points.map((p) => ({ t: Date.parse(p.at), v: p.lag }));
  const last = points[points.length - 1]?.lag ?? 0;
  return (
    <span className="chart inline-block text-sky-600 dark:text-sky-400" role="img" aria-label={`${label}: ${points.length} samples, now ${formatCount(last)}`}>
      <LineChart width={96} height={24} data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
        <YAxis hide domain={[0, (max: number) => Math.max(1, max)]} />
        <Line type="linear" dataKey="v" dot={false} isAnimationActive={false} strokeWidth={1.25} stroke="currentColor" />
      </LineChart>
    </span>
  );
}
