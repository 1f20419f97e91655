'use client';

import Link from 'next/link';
import { describeEvent, eventSeverity, eventText, eventTypeLabel, segmentText, type Segment, type Severity } from '@/lib/client/event-text';
import { formatClock, formatDateTime } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { useNow } from '@/lib/client/use-now';
import type { EventRow } from '@/lib/views/events';
import { TimeAgo } from './TimeAgo';
import { linkClass } from './ui';

const BAR: Record<Severity, string> = {
  critical: 'bg-red-500',
  warning: 'bg-amber-400',
  recovery: 'bg-emerald-500',
  info: 'bg-slate-300 dark:bg-slate-600',
};

const LABEL: Record<Severity, string> = {
  critical: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-300',
  recovery: 'text-emerald-700 dark:text-emerald-400',
  info: 'text-slate-500 dark:text-slate-400',
};

/** Links inside running text are underlined too, not told apart by colour alone. */
const inlineLink = `${linkClass} underline decoration-sky-700/40 underline-offset-2 dark:decoration-sky-400/50`;

/** Sentence with links to the brokers, topics and partitions it names; all text, never HTML. */
export function EventSentence({ cluster, event }: { cluster: string; event: Pick<EventRow, 'type' | 'brokerId' | 'topic' | 'partition' | 'details'> }) {
  return (
    <>
      {describeEvent(event).map((s: Segment, i) => {
        if (typeof s === 'string') return <span key={i}>{s}</span>;
        const text = segmentText(s, i === 0);
        if ('broker' in s)
          return (
            <Link prefetch={false} key={i} href={paths.broker(cluster, s.broker)} className={inlineLink}>
              {text}
            </Link>
          );
        if ('topic' in s)
          return (
            <Link prefetch={false} key={i} href={paths.topic(cluster, s.topic)} className={`${inlineLink} [overflow-wrap:anywhere]`}>
              {text}
            </Link>
          );
        if ('partition' in s)
          return (
            <Link prefetch={false} key={i} href={paths.topic(cluster, s.partition.topic, s.partition.partition)} className={`${inlineLink} [overflow-wrap:anywhere]`}>
              {text}
            </Link>
          );
        return (
          <span key={i} className="font-medium">
            {text}
          </span>
        );
      })}
    </>
  );
}

function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** Newest first, one line each: time, kind, sentence; a coloured bar says how bad. */
export function EventList({ cluster, events, compact = false }: { cluster: string; events: EventRow[]; compact?: boolean }) {
  const today = new Date(useNow(60_000));
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" aria-label="Events, newest first">
      {events.map((e) => {
        const sev = eventSeverity(e.type, e.details);
        const at = new Date(e.at);
        return (
          <li key={e.id} data-event-type={e.type} data-severity={sev} className="relative flex gap-3 py-1.5 pl-3 pr-2 text-sm" title={eventText(e)}>
            <span aria-hidden className={`absolute bottom-1 left-0 top-1 w-1 rounded ${BAR[sev]}`} />
            <span className="sr-only">{sev}: </span>
            <span className={`shrink-0 tabular-nums text-slate-500 dark:text-slate-400 ${compact ? 'w-14' : 'w-20 sm:w-28'}`}>
              {compact ? (
                <TimeAgo at={e.at} />
              ) : (
                <time dateTime={e.at} title={formatDateTime(e.at)}>
                  {formatClock(at, !sameDay(at, today), true)}
                </time>
              )}
            </span>
            {!compact && <span className={`hidden w-36 shrink-0 pt-px text-xs font-semibold sm:block ${LABEL[sev]}`}>{eventTypeLabel(e.type)}</span>}
            <span className="min-w-0 flex-1">
              {!compact && <span className={`mr-2 text-xs font-semibold sm:hidden ${LABEL[sev]}`}>{eventTypeLabel(e.type)}</span>}
              <span className="text-slate-800 dark:text-slate-200">
                <EventSentence cluster={cluster} event={e} />
              </span>
              {!compact && (
                <span className="ml-2 whitespace-nowrap text-xs text-slate-500 dark:text-slate-400">
                  <TimeAgo at={e.at} />
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
