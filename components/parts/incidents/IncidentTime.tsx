import { formatDateTime, formatDuration } from '@/lib/client/format';
import type { IncidentListItem } from '@/lib/views/incidents';
import { Chip, type Tone } from '@/components/parts/ui';

export const SEVERITY_TONE: Record<string, Tone> = { critical: 'bad', major: 'warn', minor: 'info' };

export function IncidentTime({ i }: { i: Pick<IncidentListItem, 'start' | 'end' | 'durationMs'> }) {
  return (
    <span className="tabular-nums">
      <time dateTime={i.start}>{formatDateTime(i.start)}</time> –{' '}
      {i.end ? <time dateTime={i.end}>{formatDateTime(i.end).slice(formatDateTime(i.end).slice(0, 10) === formatDateTime(i.start).slice(0, 10) ? 11 : 0)}</time> : <Chip tone="bad">ongoing</Chip>}
      <span className="text-slate-500 dark:text-slate-400"> · {formatDuration(i.durationMs)}</span>
    </span>
  );
}
