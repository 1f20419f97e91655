import { formatClock, formatDateTime, formatDuration } from '@/lib/client/format';
import type { Interval } from '@/lib/model/intervals';

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The server's share of watched time up (it never rounds an outage away: 22 s in a day is 99.97 %). */
function percent(share: number | null): string {
  if (share === null) return 'not watched';
  return `${Math.round(share * 10_000) / 100}%`;
}

/**
 * Up/down bar over [from, to]: green where up, red where down, hatched grey before the broker
 * was first seen (`watchedFrom`, from the server; null = not seen at all in the range); hover a
 * red part for its times.
 */
export function AvailabilityTimeline({
  from,
  to,
  intervals,
  watchedFrom,
  availability,
}: {
  from: string;
  to: string;
  intervals: Interval[];
  watchedFrom: string | null;
  availability: number | null;
}) {
  const t0 = Date.parse(from);
  const t1 = Date.parse(to);
  const span = Math.max(1, t1 - t0);
  const w0 = watchedFrom ? Math.min(t1, Math.max(t0, Date.parse(watchedFrom))) : t1;
  const watched = Math.max(0, t1 - w0);
  const down = intervals.reduce((n, i) => n + i.durationMs, 0);
  const longest = intervals.reduce((m, i) => Math.max(m, i.durationMs), 0);
  const multiDay = span > 20 * 3600_000;
  const pos = (iso: string | null) => ((iso === null ? t1 : Date.parse(iso)) - t0) / span;

  return (
    <div>
      <p className="mb-2 text-sm">
        <strong data-availability className={down > 0 ? 'text-red-700 dark:text-red-400' : availability === null ? 'text-slate-600 dark:text-slate-300' : 'text-emerald-700 dark:text-emerald-400'}>
          {percent(availability)}
          {availability !== null ? ' up' : ''}
        </strong>
        <span className="text-slate-500 dark:text-slate-400">
          {' '}
          {availability === null ? 'in this range' : w0 > t0 ? `over the ${formatDuration(watched)} it has been watched in this range` : 'in this range'} ·{' '}
          {intervals.length === 0 ? 'no outages' : `${intervals.length} outage${intervals.length === 1 ? '' : 's'}, ${formatDuration(down)} down in total, longest ${formatDuration(longest)}`}
        </span>
      </p>
      <div
        className="relative h-6 overflow-hidden rounded bg-emerald-500/80 dark:bg-emerald-600/70"
        role="img"
        aria-label={`Availability from ${formatDateTime(from)} to ${formatDateTime(to)}: ${intervals.length} outages`}
      >
        {w0 > t0 && (
          <span
            data-not-watched
            title={watchedFrom ? `Not watched before ${formatDateTime(w0)}: the broker had not been seen yet` : 'Not watched in this range'}
            className="hatch absolute inset-y-0 left-0 bg-slate-200 text-slate-400 dark:bg-slate-800 dark:text-slate-600"
            style={{ width: `${((w0 - t0) / span) * 100}%` }}
          />
        )}
        {intervals.map((i) => {
          const left = Math.max(0, pos(i.start));
          const width = Math.max(0, pos(i.end) - left);
          return (
            <span
              key={i.start}
              data-down-interval
              title={`Down ${formatDateTime(i.start)} → ${i.end ? formatDateTime(i.end) : 'now (still down)'} (${formatDuration(i.durationMs)})`}
              className="absolute inset-y-0 bg-red-600 hover:bg-red-700 dark:bg-red-500"
              style={{ left: `${left * 100}%`, width: `max(4px, ${width * 100}%)` }}
            />
          );
        })}
      </div>
      <div className="relative mt-1 h-4 text-[11px] tabular-nums text-slate-500 dark:text-slate-400" aria-hidden>
        {TICKS.map((f) => (
          <span
            key={f}
            // On a phone five labels overlap: the ends are enough.
            className={`absolute whitespace-nowrap ${f === 0 || f === 1 ? '' : 'hidden sm:block'}`}
            style={f === 0 ? { left: 0 } : f === 1 ? { right: 0 } : { left: `${f * 100}%`, transform: 'translateX(-50%)' }}
          >
            {formatClock(t0 + f * span, multiDay)}
          </span>
        ))}
      </div>
      <ul className="mt-1 flex gap-3 text-xs text-slate-500 dark:text-slate-400" aria-label="Legend">
        <li className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-2.5 w-4 rounded-sm bg-emerald-500/80 dark:bg-emerald-600/70" /> up
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-2.5 w-4 rounded-sm bg-red-600 dark:bg-red-500" /> down
        </li>
        {w0 > t0 && (
          <li className="flex items-center gap-1">
            <span aria-hidden className="hatch inline-block h-2.5 w-4 rounded-sm bg-slate-200 text-slate-400 dark:bg-slate-800 dark:text-slate-600" /> not watched (not seen yet)
          </li>
        )}
      </ul>
    </div>
  );
}
