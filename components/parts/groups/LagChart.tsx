'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatClock, formatCount, formatDateTime, formatDuration } from '@/lib/client/format';
import type { LAG_UNITS } from '@/lib/client/url-state';
import type { LagPoint, LagSeries } from '@/lib/views/group-lag-series';

export type LagUnit = (typeof LAG_UNITS)[number];

// Distinguishable in light and dark themes; the total is drawn thicker in the text colour.
const COLORS = ['#0284c7', '#d97706', '#7c3aed', '#059669', '#db2777', '#65a30d', '#dc2626', '#0891b2'];
const MAX_TOPICS = COLORS.length;

type Row = { t: number } & Record<string, number | null>;

function fmt(unit: LagUnit, v: number): string {
  return unit === 'messages' ? formatCount(v) : formatDuration(v * 1000);
}

/** Total lag and lag per topic over the range, in messages or seconds behind. */
export function LagChart({ series, unit }: { series: LagSeries; unit: LagUnit }) {
  const t0 = Date.parse(series.from);
  const t1 = Date.parse(series.to);
  const multiDay = t1 - t0 > 20 * 3600_000;
  const topics = series.topics.slice(0, MAX_TOPICS);
  const showTopics = series.topics.length > 1;
  const rows = new Map<number, Row>();
  const row = (at: string): Row => {
    const t = Date.parse(at);
    let r = rows.get(t);
    if (!r) rows.set(t, (r = { t }));
    return r;
  };
  const val = (p: { lag: number; lagSeconds: number | null }) => (unit === 'messages' ? p.lag : p.lagSeconds);
  // In seconds, a point that is only a lower bound reads "≥" in the tooltip (lib/model/lag.ts).
  const bounded = new Set<string>();
  const put = (key: string, p: LagPoint) => {
    row(p.at)[key] = val(p);
    if (unit === 'seconds' && p.lagSecondsAtLeast) bounded.add(`${key}@${Date.parse(p.at)}`);
  };
  for (const p of series.total) put('total', p);
  if (showTopics) topics.forEach((s, i) => s.points.forEach((p) => put(`s${i}`, p)));
  const data = [...rows.values()].sort((a, b) => a.t - b.t);
  const ticks = Array.from({ length: 7 }, (_, i) => t0 + ((t1 - t0) * i) / 6);
  const names = new Map<string, string>([['total', 'total'], ...topics.map((s, i) => [`s${i}`, s.topic] as [string, string])]);

  return (
    <div
      className="chart h-64 w-full"
      role="img"
      data-testid="lag-chart"
      data-points={series.total.length}
      data-lower-bounds={unit === 'seconds' ? series.total.filter((p) => p.lagSecondsAtLeast).length : 0}
      aria-label={`Consumer lag in ${unit} from ${formatDateTime(series.from)} to ${formatDateTime(series.to)}, ${series.total.length} points`}
    >
      <LineChart responsive style={{ width: '100%', height: '100%' }} data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={[t0, t1]} allowDataOverflow ticks={ticks} tickFormatter={(t: number) => formatClock(t, multiDay)} minTickGap={24} />
        <YAxis width={64} allowDecimals={false} domain={[0, (max: number) => Math.max(1, Math.ceil(max))]} tickFormatter={(v: number) => fmt(unit, v)} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload, label }) => {
            if (!active || !payload || typeof label !== 'number') return null;
            return (
              <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900">
                <div className="text-slate-500 dark:text-slate-400">{formatDateTime(label)}</div>
                {payload.map((p) =>
                  typeof p.value === 'number' ? (
                    <div key={String(p.dataKey)} className="tabular-nums">
                      {names.get(String(p.dataKey)) ?? String(p.dataKey)}:{' '}
                      <span className="font-semibold">
                        {bounded.has(`${String(p.dataKey)}@${label}`) ? '≥ ' : ''}
                        {fmt(unit, p.value)}
                      </span>
                    </div>
                  ) : null,
                )}
              </div>
            );
          }}
        />
        {showTopics && <Legend wrapperStyle={{ fontSize: 11 }} />}
        <Line type="linear" dataKey="total" name="total" stroke="currentColor" className="text-slate-800 dark:text-slate-100" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
        {showTopics &&
          topics.map((s, i) => (
            <Line key={s.topic} type="linear" dataKey={`s${i}`} name={s.topic} stroke={COLORS[i]} strokeWidth={1.25} dot={false} isAnimationActive={false} connectNulls />
          ))}
      </LineChart>
    </div>
  );
}
