'use client';

import Link from 'next/link';
import type { EventGroup } from '@/lib/model/events';
import { describeCounts, describeEvent, eventSeverity, eventText, eventTypeLabel, segmentText, type Segment, type Severity } from '@/lib/client/event-text';
import { formatClock, formatDateTime } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { useNow } from '@/lib/client/use-now';
import type { EventRow } from '@/lib/views/events';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { linkClass } from '@/components/parts/ui';

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
        const sev = eventSeverity(e);
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

/**
 * Events grouped per cause: one line for "broker 1 down" with what it caused summed up
 * ("ISR of 29 partitions shrank, 1 partition offline"), the lines themselves behind a toggle.
 */
export function EventGroupList({ cluster, groups, compact = false }: { cluster: string; groups: EventGroup<EventRow>[]; compact?: boolean }) {
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" aria-label="Events grouped by cause, newest first">
      {groups.map((g) => {
        const head = g.head;
        const sev = eventSeverity(head);
        const n = g.members.length;
        return (
          <li key={head.id} data-event-group={head.type} data-event-type={head.type} data-severity={sev} data-members={n} className="relative py-1.5 pl-3 pr-2 text-sm">
            <span aria-hidden className={`absolute bottom-1 left-0 top-1 w-1 rounded ${BAR[sev]}`} />
            <span className="sr-only">{sev}: </span>
            <div className="flex gap-3">
              <span className={`shrink-0 tabular-nums text-slate-500 dark:text-slate-400 ${compact ? 'w-14' : 'w-20 sm:w-28'}`}>
                {compact ? (
                  <TimeAgo at={head.at} />
                ) : (
                  <time dateTime={head.at} title={formatDateTime(head.at)}>
                    {formatClock(head.at, false, true)}
                  </time>
                )}
              </span>
              {!compact && <span className={`hidden w-36 shrink-0 pt-px text-xs font-semibold sm:block ${LABEL[sev]}`}>{eventTypeLabel(head.type)}</span>}
              <span className="min-w-0 flex-1 text-slate-800 dark:text-slate-200">
                <EventSentence cluster={cluster} event={head} />
                {n > 0 && <span className="text-slate-600 dark:text-slate-300">{` — ${describeCounts(g.counts)}`}</span>}
              </span>
            </div>
            {n > 0 && (
              <details className="mt-1 pl-3 sm:pl-0">
                <summary className="cursor-pointer text-xs text-sky-700 hover:underline dark:text-sky-400">
                  {n === 1 ? 'Show the event it explains' : `Show the ${n} events it explains`}
                </summary>
                <div className="mt-1 border-l border-slate-200 dark:border-slate-700">
                  <EventList cluster={cluster} events={g.members} compact={compact} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
