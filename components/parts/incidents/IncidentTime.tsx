'use client';

import { formatDateTime, formatDuration } from '@/lib/client/format';
import { useLocalTime } from '@/lib/client/use-local-time';
import type { IncidentListItem } from '@/lib/views/incidents';
import { Chip, type Tone } from '@/components/parts/ui';

export const SEVERITY_TONE: Record<string, Tone> = { critical: 'bad', major: 'warn', minor: 'info' };

export function IncidentTime({ i }: { i: Pick<IncidentListItem, 'start' | 'end' | 'durationMs'> }) {
  // The overview's incidents are in its HTML: UTC until the browser's zone is known.
  const zone = useLocalTime();
  const at = (t: string) => formatDateTime(t, zone);
  return (
    <span className="tabular-nums">
      <time dateTime={i.start}>{at(i.start)}</time> –{' '}
      {i.end ? <time dateTime={i.end}>{at(i.end).slice(at(i.end).slice(0, 10) === at(i.start).slice(0, 10) ? 11 : 0)}</time> : <Chip tone="bad">ongoing</Chip>}
      {zone === 'utc' && ' UTC'}
      <span className="text-slate-500 dark:text-slate-400"> · {formatDuration(i.durationMs)}</span>
    </span>
  );
}
